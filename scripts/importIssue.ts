/**
 * npm run import:issue -- <PDF or folder of page images> [--year Y --issue N --total T] [--dry-run] [--json]
 *   [--dpi N] [--ocr] [--lang chi_sim]
 * Reads a printed back issue (公报过刊) into its entries: a PDF's text layer, or OCR for
 * scanned pages (a scanned PDF's pages rendered at their own scan resolution, or at --dpi; a folder of TIFF/PNG/JPEG pages in
 * the natural order of their names), then the contents, and every entry with its pages,
 * section, title, 发文字号, 发文机关, dates and body, as the importer reads them. --ocr
 * recognises every page even where a text layer exists. --year, --issue and --total
 * override what the cover says.
 * Without --dry-run it writes the issue (cms/backIssues/saveBackIssue.ts): a draft gazette
 * issue with the PDF as its uploaded print and every entry a draft document or
 * interpretation with its pages and section, a progress line per entry and a summary;
 * importing the same issue again updates the same drafts. With --dry-run it writes nothing
 * and prints the reading entry by entry with what to check, page by page.
 * --json prints the result (or, with --dry-run, the whole reading) as JSON; progress goes to stderr.
 * A folder of many issues (PDFs, or sub-folders of page images: scripts/importIssues/) is
 * imported issue by issue in one run, with a progress line on stderr and a summary table.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Config } from 'payload'

import { mastheadLabel, readingToJson, type BackIssueJson } from '../core/backIssues'
import { pageRangeLabel } from '../core/issues/issueLabel'
import { readIssueFile, type IssueFileReading } from '../cms/backIssues/readIssueFile'
import { issuesInFolder } from './importIssues/issuesInFolder'
import type { SavedBackIssue } from '../cms/backIssues/saveBackIssue'
import type { SavedEntry } from '../cms/backIssues/savedEntry'
import type { IssueSource } from './importIssues/issuesInFolder'

const usage =
  '用法：npm run import:issue -- <PDF文件、页面图片文件夹，或存放多期的文件夹> [--year 年份 --issue 期号 --total 总期号] [--dry-run] [--json] [--dpi 分辨率] [--ocr] [--lang chi_sim]'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    issue: { type: 'string' },
    total: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    dpi: { type: 'string' },
    ocr: { type: 'boolean', default: false },
    lang: { type: 'string' },
  },
})
const input = positionals[0]
if (!input || positionals.length > 1) {
  console.error(usage)
  process.exit(2)
}
const year = wholeNumber('--year', values.year)
const issueNumber = wholeNumber('--issue', values.issue)
const totalNumber = wholeNumber('--total', values.total)
const dpi = wholeNumber('--dpi', values.dpi)

const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`)

const collection = (await stat(input).catch(() => null))?.isDirectory() ? await issuesInFolder(input) : null
if (collection) {
  if (year || issueNumber || totalNumber) {
    console.error('导入多期时不能指定 --year、--issue、--total：每期的年份和期号取自文件名（如“2022年第6期.pdf”）或封面。')
    process.exit(2)
  }
  process.exit(await importCollection(collection))
}

const started = performance.now()
const seconds = () => ((performance.now() - started) / 1000).toFixed(1)

let reading: IssueFileReading
try {
  reading = await readIssueFile(input, {
    ...(dpi ? { dpi } : {}),
    forceOcr: values.ocr,
    ...(values.lang ? { language: values.lang } : {}),
    onPage: (done, total, page, ocr) => {
      if (ocr || done === total || done % 10 === 0) log(`[${done}/${total}] 第${page}页${ocr ? '（文字识别）' : ''}`)
    },
  })
} catch (error) {
  console.error(`读取失败：${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

const json: BackIssueJson = readingToJson(reading)
if (year) json.masthead.year = year
if (issueNumber) json.masthead.issueNumber = issueNumber
if (totalNumber) json.masthead.totalNumber = totalNumber
const overrides = [
  year && reading.masthead.year && reading.masthead.year !== year ? `封面为${reading.masthead.year}年，按 --year 记为${year}年` : null,
  issueNumber && reading.masthead.issueNumber && reading.masthead.issueNumber !== issueNumber
    ? `封面为第${reading.masthead.issueNumber}期，按 --issue 记为第${issueNumber}期`
    : null,
].filter((note): note is string => note !== null)

if (!values['dry-run']) process.exit(await write())
if (values.json) {
  await printJson({ file: path.resolve(input), source: reading.source, ...json, notes: overrides })
} else {
  printReport(json)
}
log(
  `试运行完成（未写入数据库）：${reading.source.pages}页（文字识别${reading.source.recognised}页），${json.entries.length}篇，待核对${json.problems.length}处，用时${seconds()}秒。`,
)
process.exit(json.entries.length === 0 ? 1 : 0)

/** Every issue of the folder, one after the other; the exit code (1 when any issue was not imported). */
async function importCollection(issues: IssueSource[]): Promise<number> {
  const { importIssues } = await import('./importIssues/bulkImport')
  const { progressLine, summaryLines } = await import('./importIssues/bulkSummary')
  const dryRun = values['dry-run']
  if (values.json && !dryRun) await logToStderr()
  const payloadModule = dryRun ? null : await import('./lib/payload')
  const payload = payloadModule ? await payloadModule.gazettePayload() : null
  log(`${path.resolve(input as string)}：${issues.length}期${dryRun ? '（试运行，不写入数据库）' : ''}`)
  const tty = process.stderr.isTTY
  let lastLine = 0
  const { results, seconds } = await importIssues(issues, {
    payload,
    read: { ...(dpi ? { dpi } : {}), forceOcr: values.ocr, ...(values.lang ? { language: values.lang } : {}) },
    onProgress: (progress) => {
      // On a terminal one line is rewritten; in a log, a line per recognised page and every tenth other page.
      if (tty) process.stderr.write(`\r\x1b[K${progressLine(progress)}`)
      else if (progress.ocr || progress.page === progress.pages || progress.page - lastLine >= 10) {
        process.stderr.write(`${progressLine(progress)}\n`)
        lastLine = progress.page
      }
      if (progress.page === progress.pages) lastLine = 0
    },
    onIssue: (result, index, total) => {
      if (tty) process.stderr.write('\r\x1b[K')
      log(
        `[${index + 1}/${total}] ${result.source.name}：${result.label ?? '（未识别期号）'}，${result.entries}篇，${result.status === 'saved' ? '已写入草稿' : result.status === 'read' ? '已读取' : (result.notes.at(-1) ?? '')}`,
      )
    },
  })
  await payloadModule?.closeGazettePayload()
  if (values.json) await printJson({ folder: path.resolve(input as string), seconds, issues: results })
  for (const line of summaryLines(results, seconds)) log(line)
  return results.every((result) => result.status === 'saved' || result.status === 'read') ? 0 : 1
}

/** Writes the issue and its entries as drafts; the exit code. */
async function write(): Promise<number> {
  if (values.json) await logToStderr()
  const { closeGazettePayload, gazettePayload } = await import('./lib/payload')
  const { saveBackIssue } = await import('../cms/backIssues/saveBackIssue')
  const { BackIssueRefusal } = await import('../cms/backIssues/backIssueRefusal')
  const { itemAdminLink } = await import('../cms/notifications/adminLink')
  const payload = await gazettePayload()
  let saved: SavedBackIssue
  try {
    for (const note of overrides) log(`注意：${note}`)
    saved = await saveBackIssue(payload, {
      file: input as string,
      reading,
      overrides: { year, issueNumber, totalNumber },
      onEntry: (entry, total) => {
        for (const line of entryLines(entry, total, (id) => itemAdminLink(payload, entry.collection, id))) log(line)
      },
    })
  } catch (error) {
    console.error(error instanceof BackIssueRefusal ? error.message : `写入失败：${error instanceof Error ? error.message : String(error)}`)
    await closeGazettePayload()
    return 1
  }
  const issueLink = itemAdminLink(payload, 'gazette-issues', saved.issue.id)
  await closeGazettePayload()
  if (values.json) {
    await printJson({ file: path.resolve(input as string), source: reading.source, ...saved, problems: json.problems, overrides })
  }
  printSaved(saved, issueLink)
  return 0
}

function entryLines(entry: SavedEntry, total: number, link: (id: number) => string): string[] {
  const status = { created: '新建草稿', updated: '更新草稿', published: '已发布，未覆盖' }[entry.status]
  const kind = entry.collection === 'interpretations' ? '（解读）' : ''
  const ocr = entry.ocr ? '（文字识别）' : ''
  const pages = pageRangeLabel(entry.firstPage, entry.lastPage)
  const number = entry.docNumber ? ` ${entry.docNumber}` : ''
  return [
    `[${entry.position}/${total}] ${pages} 《${entry.title}》${number}${kind}${ocr} → ${status}  ${link(entry.id)}`,
    ...entry.notes.map((note) => `    · ${note}`),
  ]
}

function printSaved(saved: SavedBackIssue, issueLink: string): void {
  const count = (status: SavedEntry['status']) => saved.entries.filter((entry) => entry.status === status).length
  const pdf = saved.printPdf
    ? { new: '已上传为本期印刷版PDF', kept: '与本期已有的印刷版PDF相同，未重复上传', reused: '沿用上次中断时已上传的文件' }[
        saved.printPdf.stored
      ]
    : '无（页面图片）'
  log(`${saved.issue.label}：${saved.issue.created ? '新建草稿期刊' : '更新草稿期刊'}  ${issueLink}`)
  log(`  印刷版PDF：${pdf}`)
  for (const line of saved.printChecks.split('\n').filter(Boolean)) log(`  核对结果：${line}`)
  for (const note of saved.notes) log(`  注意：${note}`)
  // Each entry's pages' problems are in its notes; the others (contents, front pages) here.
  const outside = json.problems.filter(
    (problem) => !saved.entries.some((entry) => problem.page !== null && problem.page >= entry.firstPage && problem.page <= entry.lastPage),
  )
  for (const problem of outside) log(`  逐页核对：${problem.message}`)
  log(
    `写入完成（均为草稿，未发布）：${saved.entries.length}篇（新建${count('created')}篇，更新${count('updated')}篇，已发布未覆盖${count('published')}篇` +
      `${saved.removed.length > 0 ? `，移出本期${saved.removed.length}篇` : ''}），` +
      `${reading.source.pages}页（文字识别${reading.source.recognised}页），逐页待核对${json.problems.length}处，用时${seconds()}秒。`,
  )
}

/**
 * Payload's own log (migrations, warnings) goes to standard output, which --json keeps for
 * the result alone: the config, loaded once per process, is pointed at standard error first.
 */
async function logToStderr(): Promise<void> {
  const config = await (await import('../cms/payload.config')).default
  // The sanitized config types pino's options in full; pino fills in what is left out.
  const logger: Config['logger'] = { options: { level: 'info' }, destination: process.stderr }
  config.logger = logger as typeof config.logger
}

/** Waits for the pipe to take it all: JSON cut short is worse than none. */
async function printJson(value: unknown): Promise<void> {
  await new Promise((resolve) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`, resolve))
}

function printReport(issue: BackIssueJson): void {
  const m = issue.masthead
  log(`${mastheadLabel(m)}${m.publicationDate ? `，${m.publicationDate}出版` : ''}`)
  for (const note of overrides) log(`  注意：${note}`)
  const kinds = {
    'text-pdf': 'PDF文字层',
    'scanned-pdf': '扫描版PDF（文字识别）',
    'mixed-pdf': 'PDF（部分页面文字识别）',
    images: '页面图片（文字识别）',
  }
  log(
    `来源：${kinds[reading.source.kind]}，共${reading.source.pages}页；目录在${issue.contents ? `第${issue.contents.pages.join('、')}页` : '（未找到）'}`,
  )
  let section: string | null = null
  for (const entry of issue.entries) {
    if (entry.section !== section) {
      section = entry.section
      log(`【${section ?? '（未分栏目）'}】`)
    }
    const pages = entry.firstPage === entry.lastPage ? `第${entry.firstPage}页` : `第${entry.firstPage}–${entry.lastPage}页`
    const f = entry.fields
    log(
      `  ${pages}  《${f.title ?? '（未识别标题）'}》${f.docNumberRaw ? ` ${f.docNumberRaw}` : ''}${entry.kind === 'interpretation' ? '（解读）' : ''}`,
    )
    const details = [
      f.issuers.length > 0 ? `发文机关：${f.issuers.join('、')}` : null,
      f.writtenDate ? `成文日期：${f.writtenDate}` : null,
      f.effectiveDate ? `施行日期：${f.effectiveDate}` : null,
      f.expiresOn ? `有效期至：${f.expiresOn}` : null,
      `正文${f.body.length}段`,
      entry.ocr ? `文字识别，${entry.uncertain.length}个字置信度低` : null,
    ].filter((item) => item !== null)
    log(`      ${details.join('；')}`)
    for (const doubt of f.report.doubts) log(`      待核对：${doubt}`)
  }
  if (issue.problems.length > 0) {
    log('逐页核对：')
    for (const problem of issue.problems) log(`  ${problem.message}`)
  }
}

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    console.error(`${flag}应为正整数：${value}`)
    process.exit(2)
  }
  return number
}
