/**
 * npm run import:issue -- <PDF or folder of page images> [--year Y --issue N] [--dry-run] [--json]
 *   [--dpi 300] [--ocr] [--lang chi_sim]
 * Reads a printed back issue (公报过刊) into its entries: a PDF's text layer, or OCR for
 * scanned pages (a scanned PDF's pages rendered at --dpi; a folder of TIFF/PNG/JPEG pages in
 * the natural order of their names), then the contents, and every entry with its pages,
 * section, title, 发文字号, 发文机关, dates and body, as the importer reads them. --ocr
 * recognises every page even where a text layer exists. --year and --issue override what
 * the cover says. It prints the issue entry by entry with what to check, page by page;
 * --json prints the whole reading as JSON instead (progress goes to stderr).
 * In this version only --dry-run is available: nothing is written to the database yet.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { readingToJson, type BackIssueJson } from '../core/backIssues'
import { readIssueFile, type IssueFileReading } from '../cms/backIssues/readIssueFile'

const usage =
  '用法：npm run import:issue -- <PDF文件或页面图片文件夹> [--year 年份 --issue 期号] [--dry-run] [--json] [--dpi 300] [--ocr] [--lang chi_sim]'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    issue: { type: 'string' },
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
if (!values['dry-run']) {
  console.error('本版本只支持试运行：请加 --dry-run（只读取和核对，不写入数据库）。写入草稿期刊和草稿文件将在后续版本提供。')
  process.exit(2)
}
const year = wholeNumber('--year', values.year)
const issueNumber = wholeNumber('--issue', values.issue)
const dpi = wholeNumber('--dpi', values.dpi)

const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`)
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
const overrides = [
  year && reading.masthead.year && reading.masthead.year !== year ? `封面为${reading.masthead.year}年，按 --year 记为${year}年` : null,
  issueNumber && reading.masthead.issueNumber && reading.masthead.issueNumber !== issueNumber
    ? `封面为第${reading.masthead.issueNumber}期，按 --issue 记为第${issueNumber}期`
    : null,
].filter((note): note is string => note !== null)

if (values.json) {
  const out = { file: path.resolve(input), source: reading.source, ...json, notes: overrides }
  // Wait for the pipe to take it all: JSON cut short is worse than none.
  await new Promise((resolve) => process.stdout.write(`${JSON.stringify(out, null, 2)}\n`, resolve))
} else {
  printReport(json)
}
log(
  `试运行完成（未写入数据库）：${reading.source.pages}页（文字识别${reading.source.recognised}页），${json.entries.length}篇，待核对${json.problems.length}处，用时${seconds()}秒。`,
)
process.exit(json.entries.length === 0 ? 1 : 0)

function printReport(issue: BackIssueJson): void {
  const m = issue.masthead
  const label = [
    m.gazetteName ?? '（未识别刊名）',
    m.year ? `${m.year}年` : '（年份未识别）',
    m.issueNumber ? `第${m.issueNumber}期` : '（期号未识别）',
  ]
  if (m.totalNumber) label.push(`（总第${m.totalNumber}期）`)
  log(`${label.join('')}${m.publicationDate ? `，${m.publicationDate}出版` : ''}`)
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
