/**
 * npm run import -- <files or folders> [--dry-run] [--json]
 * Reads .txt, .html and .docx files (folders recursively) into drafts with their
 * metadata and a report per file. --dry-run touches no database; with --json it prints
 * the extracted fields of every file as JSON. A file that cannot be read is listed with
 * the reason and the rest go on.
 */
import fs from 'node:fs'
import path from 'node:path'

import { extractDocument, extractionToJson } from '../cms/domain/import'
import { importableExtensions, readSourceFile } from '../cms/import/readSourceFile'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const asJson = args.includes('--json')
const inputs = args.filter((arg) => !arg.startsWith('--'))
if (inputs.length === 0) {
  console.error('用法：npm run import -- <文件或文件夹…> [--dry-run] [--json]')
  process.exit(2)
}

const files = inputs.flatMap((input) => collect(path.resolve(input)))
const log = (line: string) => (asJson ? process.stderr : process.stdout).write(`${line}\n`)
log(`共 ${files.length} 个文件${dryRun ? '（试运行，不写入数据库）' : ''}`)

const started = Date.now()
const failures: Array<{ file: string; reason: string }> = []
const previews: unknown[] = []
let created = 0
let updated = 0
const payload = dryRun ? null : await (await import('./lib/payload')).gazettePayload()
const { importFile } = await import('../cms/import/importFile')

for (const [index, file] of files.entries()) {
  const label = `[${index + 1}/${files.length}] ${path.relative(process.cwd(), file)}`
  try {
    const text = await readSourceFile(file)
    if (!payload) {
      const extracted = extractDocument(text, { fileName: path.basename(file) })
      previews.push(extractionToJson(extracted))
      log(`${label} → ${extracted.title?.value ?? '（未识别标题）'}`)
      continue
    }
    const outcome = await importFile(payload, { name: path.basename(file), bytes: fs.readFileSync(file), text })
    if (outcome.created) created += 1
    else updated += 1
    log(`${label} → 草稿 ${outcome.id}（${outcome.created ? '新建' : '更新'}）：${outcome.extracted.title?.value ?? ''}`)
    for (const line of outcome.report) log(`    · ${line}`)
  } catch (error) {
    const reason = (error as Error).message
    failures.push({ file, reason })
    log(`${label} ✗ ${reason}`)
  }
}

// Wait for the pipe to take it all before exiting: JSON cut short is worse than none.
if (asJson) await new Promise((resolve) => process.stdout.write(`${JSON.stringify(previews, null, 2)}\n`, resolve))
const seconds = ((Date.now() - started) / 1000).toFixed(1)
log(`完成：新建 ${created}，更新 ${updated}，失败 ${failures.length}，用时 ${seconds} 秒。`)
for (const failure of failures) log(`  无法导入 ${failure.file}：${failure.reason}`)
if (payload) await (await import('./lib/payload')).closeGazettePayload()
process.exit(failures.length > 0 && failures.length === files.length ? 1 : 0)

function collect(target: string): string[] {
  if (!fs.existsSync(target)) {
    failures.push({ file: target, reason: '文件或文件夹不存在' })
    return []
  }
  if (fs.statSync(target).isFile()) return [target]
  return fs
    .readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && (importableExtensions as readonly string[]).includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}
