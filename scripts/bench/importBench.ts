/**
 * How long importing an office's archive takes: N text files built from the seed
 * documents (each with its own number, date and title, so none is a duplicate) are
 * imported into a fresh embedded database. Prints files per second; asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export async function benchImport(count: number): Promise<void> {
  const seedsDir = path.resolve(process.env.GONGBAO_SEEDS_DIR ?? '../shared/seeds')
  const seeds = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'))
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-bench-import-'))
  const filesDir = path.join(work, 'files')
  fs.mkdirSync(filesDir)
  for (let i = 0; i < count; i += 1) {
    const seed = seeds[i % seeds.length] as string
    const year = 2005 + (i % 20)
    const text = seed
      .replace(/〔\d{4}〕\d+号|\[\d{4}\]\d+号/g, `〔${year}〕${i + 1}号`)
      .replace(/^(.+?)$/m, (title) => `${title}（第${i + 1}件）`)
    fs.writeFileSync(path.join(filesDir, `${String(i).padStart(5, '0')}.txt`), text)
  }
  process.env.DATA_DIR = path.join(work, 'data')
  process.env.DATABASE_URI = `file:${path.join(work, 'data', 'bench.db')}`
  const { gazettePayload, closeGazettePayload } = await import('../lib/payload')
  const { readSourceFile } = await import('../../cms/import/readSourceFile')
  const { importFile } = await import('../../cms/import/importFile')
  const payload = await gazettePayload()
  const started = performance.now()
  let failed = 0
  for (const name of fs.readdirSync(filesDir).sort()) {
    const file = path.join(filesDir, name)
    try {
      await importFile(payload, { name, bytes: fs.readFileSync(file), text: await readSourceFile(file) })
    } catch {
      failed += 1
    }
  }
  const seconds = (performance.now() - started) / 1000
  await closeGazettePayload()
  fs.rmSync(work, { recursive: true, force: true })
  console.log(`import: ${count} files in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(1)} files/s), ${failed} failed`)
}
