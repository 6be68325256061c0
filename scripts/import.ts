/**
 * npm run import -- <files, folders or .zip archives> [--dry-run] [--json]
 * Reads .txt, .html and .docx files (folders recursively, archives unpacked) into drafts
 * with their metadata, and prints the same per-file report as the admin's upload box:
 * 已导入 / 已更新 with the draft's address, or 未导入 with the reason, and the notes to
 * check. Every file is imported on its own: one that cannot be read is listed with the
 * reason and the rest go on. IMPORT_MAX_BYTES bounds every file (unpacked ones too) and
 * IMPORT_MAX_FILES every archive. --dry-run touches no database; with --json it prints
 * the extracted fields of every readable file as JSON.
 */
import path from 'node:path'

import { type ExtractedDocument, extractDocument, type ExtractionJson, extractionToJson } from '../core/import'
import { type BatchItem, batchFromPaths } from '../cms/import/batchItems'
import { summarize } from '../cms/import/batchResult'
import { resultLines, summaryLine } from '../cms/import/batchReportText'
import { importLimits } from '../cms/import/importLimits'
import { textFromFile } from '../cms/import/readSourceFile'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const asJson = args.includes('--json')
const inputs = args.filter((arg) => !arg.startsWith('--'))
if (inputs.length === 0) {
  console.error('用法：npm run import -- <文件、文件夹或 .zip 压缩包…> [--dry-run] [--json]')
  process.exit(2)
}

const log = (line: string) => (asJson ? process.stderr : process.stdout).write(`${line}\n`)
const batch = await batchFromPaths(inputs, importLimits())
log(`共 ${batch.items.length} 个文件${dryRun ? '（试运行，不写入数据库）' : ''}`)
const started = Date.now()
const position = (index: number) => `[${index + 1}/${batch.items.length}]`
const seconds = () => (Date.now() - started) / 1000
let refused = 0

if (dryRun) {
  const previews: ExtractionJson[] = []
  for (const [index, item] of batch.items.entries()) {
    const outcome = await preview(item)
    if (typeof outcome === 'string') {
      refused += 1
      log(`${position(index)} ${item.file} → 未导入：${outcome}`)
    } else {
      previews.push(extractionToJson(outcome))
      log(`${position(index)} ${item.file} → 《${outcome.title?.value ?? '（未识别标题）'}》`)
    }
  }
  // Wait for the pipe to take it all before exiting: JSON cut short is worse than none.
  if (asJson) await new Promise((resolve) => process.stdout.write(`${JSON.stringify(previews, null, 2)}\n`, resolve))
  log(`试运行完成：可导入 ${previews.length} 个，未导入 ${refused} 个，用时 ${seconds().toFixed(1)} 秒。`)
} else {
  const { closeGazettePayload, gazettePayload } = await import('./lib/payload')
  const { importBatch } = await import('../cms/import/importBatch')
  const { itemAdminLink } = await import('../cms/notifications/adminLink')
  const payload = await gazettePayload()
  const link = (id: number | string) => itemAdminLink(payload, 'documents', id)
  let index = 0
  const results = await importBatch(payload, batch.items, (result) => {
    for (const line of resultLines(result, position(index), link)) log(line)
    index += 1
  })
  await closeGazettePayload()
  const summary = summarize(results)
  refused = summary.refused
  log(summaryLine(summary, seconds()))
}
batch.close()
process.exit(batch.items.length > 0 && refused === batch.items.length ? 1 : 0)

/** What a file would become, without a database; or why it cannot be read. */
async function preview(item: BatchItem): Promise<ExtractedDocument | string> {
  if ('refusal' in item) return item.refusal
  try {
    const name = path.basename(item.file)
    return extractDocument(await textFromFile(name, await item.read()), { fileName: name })
  } catch (error) {
    return (error as Error).message
  }
}
