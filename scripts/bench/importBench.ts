/**
 * How long importing an office's archive takes: N text files built from the seed
 * documents (each with its own number, date and title, so none is a duplicate) are
 * imported into a fresh embedded database; then the real saved web pages of
 * test/fixtures/import are parsed (htmlparser2) and extracted, without a database, to
 * time the HTML path. Prints files and pages per second; asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { seedsDir } from '../../test/fixtures/seedsDir'

export async function benchImport(count: number): Promise<void> {
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
  await benchImportPages()
}

/** Parsing and extraction of the committed real pages, three rounds, no database. */
async function benchImportPages(): Promise<void> {
  const dir = path.resolve('test/fixtures/import')
  if (!fs.existsSync(dir)) return
  const { parseHtml } = await import('../../cms/import/parseHtml')
  const { extractDocument } = await import('../../core/import')
  const pages = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
  const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0)
  const rounds = 3
  const started = performance.now()
  for (let round = 0; round < rounds; round += 1) for (const page of pages) extractDocument(parseHtml(page))
  const seconds = (performance.now() - started) / 1000
  const n = pages.length * rounds
  console.log(
    `import pages: ${n} real pages (${(bytes / 1e6).toFixed(1)} MB each round) parsed and extracted in ${seconds.toFixed(2)} s (${(n / seconds).toFixed(0)} pages/s)`,
  )
}
