/**
 * Prints a snapshot as one gazette issue:
 *   tsx scripts/print.ts <snapshotDir> <out.pdf> [--section 市政府文件] [--issue 6] [--total 123]
 *     [--date 2022-07-15] [--year 2022] [--name 运城市人民政府公报] [--page-size A4]
 *     [--cover cover.png] [--interpretations] [--html out.html]
 * Until issues are a CMS collection, every document of the snapshot goes into the
 * issue (grouped by kind, or all under --section); the year defaults to the newest
 * document's and the issue number to 1.
 */
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { issueFromSnapshot } from '../cms/print/issueFromSnapshot'
import { printIssue } from '../cms/print/printIssue'
import { readSnapshotForPrint } from '../cms/print/readSnapshot'

const usage = '用法：tsx scripts/print.ts <快照目录> <输出.pdf> [--section 栏目] [--issue 期号] [--total 总期号] [--date YYYY-MM-DD] [--year 年份] [--name 公报名称] [--page-size A4] [--cover 图片] [--interpretations] [--html 输出.html]'

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
  },
})

const [snapshotDir, outFile] = positionals
if (!snapshotDir || !outFile || positionals.length > 2) {
  console.error(usage)
  process.exit(2)
}

process.on('uncaughtException', (error) => {
  console.error(`印刷失败：${error instanceof z.ZodError ? z.prettifyError(error) : error.message}`)
  process.exit(1)
})

const started = performance.now()
const snapshot = await readSnapshotForPrint(snapshotDir, values.interpretations)
console.log(`读取快照 ${snapshotDir}：${snapshot.documents.length} 篇文件、${snapshot.interpretations.length} 篇解读`)

const issue = issueFromSnapshot(snapshot.documents, snapshot.interpretations, {
  gazetteName: values.name ?? snapshot.manifest.gazette.name,
  ...(values.section ? { sectionTitle: values.section } : {}),
  ...(values.issue ? { issueNumber: wholeNumber('--issue', values.issue) } : {}),
  ...(values.total ? { totalNumber: wholeNumber('--total', values.total) } : {}),
  ...(values.year ? { year: wholeNumber('--year', values.year) } : {}),
  ...(values.date ? { publicationDate: values.date } : {}),
  ...(values['page-size'] ? { pageSize: values['page-size'] } : {}),
  ...(values.cover ? { coverImage: values.cover } : {}),
})
const entryCount = issue.sections.reduce((sum, section) => sum + section.entries.length, 0)
console.log(`${issue.gazetteName} ${issue.year}年第${issue.issueNumber}期：${issue.sections.length} 个栏目、${entryCount} 篇`)

const result = await printIssue(issue, { onProgress: (message) => console.log(message) })
await writeFile(outFile, result.pdf)
if (values.html) await writeFile(values.html, result.html)

const titles = new Map(issue.sections.flatMap((section) => section.entries.map((entry) => [entry.id, entry.title])))
for (const entry of result.entries) {
  const pages = entry.firstPage === entry.lastPage ? `${entry.firstPage}` : `${entry.firstPage}–${entry.lastPage}`
  console.log(`  第${pages}页  ${titles.get(entry.id) ?? entry.id}`)
}
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`已生成 ${outFile}：共 ${result.pages} 页，${result.entries.length} 篇，排版 ${result.passes} 遍，用时 ${seconds} 秒`)

function wholeNumber(flag: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) {
    console.error(`${flag} 应为正整数：${value}`)
    process.exit(2)
  }
  return number
}
