/**
 * Prints a gazette issue to PDF.
 *
 *   npm run print -- <year> <issue> [--out file.pdf] [--drafts] [--html out.html]
 *     An issue on record in the database, exactly as publication prints it (published
 *     versions of its entries); --drafts prints a proof with the latest drafts. For a
 *     published issue the pages are compared with those stored at publication.
 *
 *   npm run print -- --snapshot <snapshotDir> <out.pdf> [--section 市政府文件] [--issue 6]
 *     [--total 123] [--date 2022-07-15] [--year 2022] [--name 运城市人民政府公报]
 *     [--page-size A4] [--cover cover.png] [--interpretations] [--html out.html]
 *     Every document of a snapshot as one issue (grouped by kind, or all under
 *     --section), for trying layouts without a database.
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { issueForPrint } from '../cms/issues/issueForPrint'
import { issueFromSnapshot } from '../cms/print/issueFromSnapshot'
import type { PrintIssueInput } from '../cms/print/issueSchema'
import { printIssue } from '../cms/print/printIssue'
import { readSnapshotForPrint } from '../cms/print/readSnapshot'
import { closeGazettePayload, gazettePayload } from './lib/payload'
import { issueLabel } from '../core/issues/issueLabel'

const usage = [
  '用法：npm run print -- <年份> <期号> [--out 输出.pdf] [--drafts] [--html 输出.html]',
  '  或：npm run print -- --snapshot <快照目录> <输出.pdf> [--section 栏目] [--issue 期号] [--total 总期号] [--date YYYY-MM-DD] [--year 年份] [--name 公报名称] [--page-size A4] [--cover 图片] [--interpretations] [--html 输出.html]',
].join('\n')

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    section: { type: 'string' },
    issue: { type: 'string' },
    total: { type: 'string' },
    date: { type: 'string' },
    year: { type: 'string' },
    name: { type: 'string' },
    'page-size': { type: 'string' },
    cover: { type: 'string' },
    interpretations: { type: 'boolean', default: false },
    html: { type: 'string' },
    out: { type: 'string' },
    drafts: { type: 'boolean', default: false },
    snapshot: { type: 'boolean', default: false },
  },
})

process.on('uncaughtException', (error) => {
  console.error(`印刷失败：${error instanceof z.ZodError ? z.prettifyError(error) : error.message}`)
  process.exit(1)
})

const started = performance.now()
const { issue, outFile, storedPages } = values.snapshot ? await fromSnapshot() : await fromDatabase()
const entryCount = issue.sections.reduce((sum, section) => sum + section.entries.length, 0)
console.log(`${issue.gazetteName} ${issueLabel(issue)}：${issue.sections.length} 个栏目、${entryCount} 篇`)

const result = await printIssue(issue, { onProgress: (message) => console.log(message) })
await writeFile(outFile, result.pdf)
if (values.html) await writeFile(values.html, result.html)

const titles = new Map(issue.sections.flatMap((section) => section.entries.map((entry) => [entry.id, entry.title])))
let differing = 0
for (const entry of result.entries) {
  const pages = entry.firstPage === entry.lastPage ? `${entry.firstPage}` : `${entry.firstPage}–${entry.lastPage}`
  const stored = storedPages?.get(entry.id)
  const differs = stored && (stored.firstPage !== entry.firstPage || stored.lastPage !== entry.lastPage)
  if (differs) differing += 1
  console.log(
    `  第${pages}页  ${titles.get(entry.id) ?? entry.id}${differs ? `（出版时记录为第${stored.firstPage}–${stored.lastPage}页）` : ''}`,
  )
}
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`已生成 ${outFile}：共 ${result.pages} 页，${result.entries.length} 篇，排版 ${result.passes} 遍，用时 ${seconds} 秒`)
if (storedPages)
  console.log(differing === 0 ? '页码与出版时记录的一致。' : `有 ${differing} 篇的页码与出版时记录的不同（篇目内容在出版后有改动）。`)
process.exit(0)

type Job = { issue: PrintIssueInput; outFile: string; storedPages?: Map<string, { firstPage: number | null; lastPage: number | null }> }

async function fromDatabase(): Promise<Job> {
  const [yearText, numberText] = positionals
  if (!yearText || !numberText || positionals.length > 2) {
    console.error(usage)
    process.exit(2)
  }
  const year = wholeNumber('年份', yearText)
  const issueNumber = wholeNumber('期号', numberText)
  const payload = await gazettePayload()
  try {
    const found = await issueForPrint(payload, year, issueNumber, values.drafts)
    return {
      issue: found.input,
      outFile: values.out ?? `gazette-${year}-${String(issueNumber).padStart(2, '0')}${values.drafts ? '-proof' : ''}.pdf`,
      ...(found.status === 'published' && !values.drafts ? { storedPages: found.storedPages } : {}),
    }
  } finally {
    await closeGazettePayload()
  }
}

async function fromSnapshot(): Promise<Job> {
  const [snapshotDir, outFile] = positionals
  if (!snapshotDir || !outFile || positionals.length > 2) {
    console.error(usage)
    process.exit(2)
  }
  const snapshot = await readSnapshotForPrint(snapshotDir, values.interpretations)
  console.log(`读取快照 ${snapshotDir}：${snapshot.documents.length} 篇文件、${snapshot.interpretations.length} 篇解读`)
  const issue = issueFromSnapshot(snapshot.documents, snapshot.interpretations, {
    gazetteName: values.name ?? snapshot.manifest.gazette.name,
    kinds: snapshot.manifest.gazette.kinds,
    ...(values.section ? { sectionTitle: values.section } : {}),
    ...(values.issue ? { issueNumber: wholeNumber('--issue', values.issue) } : {}),
    ...(values.total ? { totalNumber: wholeNumber('--total', values.total) } : {}),
    ...(values.year ? { year: wholeNumber('--year', values.year) } : {}),
    ...(values.date ? { publicationDate: values.date } : {}),
    ...(values['page-size'] ? { pageSize: values['page-size'] } : {}),
    ...(values.cover ? { coverImage: values.cover } : {}),
  })
  return { issue, outFile }
}

function wholeNumber(flag: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    console.error(`${flag}应为正整数：${value}`)
    process.exit(2)
  }
  return number
}
