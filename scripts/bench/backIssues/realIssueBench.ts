/**
 * npm run bench -- backissues --pdf <file> [--dpi 300,200]: a real printed issue, typeset
 * by a gazette office and not by gongbao (test/fixtures/backIssues/real/), read from its
 * text layer and from simulated scans of it. A real issue has no source to compare with:
 * its text layer is measured against the issue's own contents (entries found, their first
 * pages where the contents print them, their titles as the contents print them), and each
 * scan against what the text layer gave (the same figures as for the sample issue:
 * character error rates, entries whose title, number and pages are exactly right).
 */
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { readIssueFile } from '../../../cms/backIssues/readIssueFile'
import { characterErrors, comparableCharacters, errorRate, mastheadLabel, type BackIssueReading } from '../../../core/backIssues'
import type { SourceEntry } from './readingScore'
import { benchScannedCopies } from './scannedCopies'
import { percent } from './scoreReport'

export async function benchRealIssue(options: { pdf: string; dpis: number[] }): Promise<void> {
  const work = path.resolve('.tmp', `bench-real-issue-${process.pid}`)
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  try {
    const started = performance.now()
    const text = await readIssueFile(options.pdf)
    const textMs = performance.now() - started
    printAgainstContents(text, textMs)

    await benchScannedCopies(options.pdf, work, options.dpis, referenceEntries(text), '对照文字层')
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** The text layer against the issue's own contents: what a real issue can be checked by. */
function printAgainstContents(reading: BackIssueReading, ms: number): void {
  const { masthead, contents, entries, pages, problems } = reading
  const listed = contents?.entries ?? []
  // In order: an issue may list one title twice (two letters of thanks, two notes).
  const unused = [...listed]
  const matched = entries.flatMap((entry) => {
    const index = unused.findIndex((line) => line.label === entry.contentsLabel)
    return index < 0 ? [] : [{ entry, line: unused.splice(index, 1)[0] as (typeof listed)[number] }]
  })
  const same = (a: string, b: string) => comparableCharacters(a).join('') === comparableCharacters(b).join('')
  const sameTitle = matched.filter(({ entry, line }) => same(entry.title ?? '', line.title))
  const withPage = matched.filter(({ line }) => line.printedPage !== null)
  const samePage = withPage.filter(({ entry, line }) => entry.printedFirstPage === line.printedPage)
  const titleCer = errorRate(matched.map(({ entry, line }) => characterErrors(line.title, entry.title ?? '')))
  const ocrPages = pages.filter((page) => page.ocr).length
  console.log(mastheadLabel(masthead))
  console.log(
    `PDF文字层：${pages.length}页（其中文字识别${ocrPages}页）${(ms / 1000).toFixed(1)}秒（每分钟${((pages.length * 60_000) / ms).toFixed(1)}页）；` +
      `目录${listed.length}条，读出${entries.length}篇，按目录找到${matched.length}篇；` +
      `起始页与目录一致 ${samePage.length}/${withPage.length}；标题与目录一字不差 ${sameTitle.length}/${matched.length}（与目录相比字错率 ${percent(titleCer)}）；待核对 ${problems.length} 处`,
  )
  for (const { entry, line } of matched) {
    if (!same(entry.title ?? '', line.title)) console.log(`  ≠ 第${entry.firstPage}页正文标题“${entry.title ?? ''}”，目录“${line.title}”`)
    if (line.printedPage !== null && entry.printedFirstPage !== line.printedPage)
      console.log(
        `  ≠ 《${line.title}》：目录第${line.printedPage}页，读出第${entry.printedFirstPage ?? '?'}页（文件第${entry.firstPage}页）`,
      )
  }
}

/** What the text layer read, as the reference a scan of the same issue is scored against. */
function referenceEntries(reading: BackIssueReading): SourceEntry[] {
  return reading.entries.map((entry) => ({
    title: entry.title ?? '',
    docNumber: entry.docNumber,
    writtenDate: entry.document.writtenDate?.value ?? null,
    firstPage: entry.firstPage,
    lastPage: entry.lastPage,
    body: entry.document.body.map((block) => ({ type: 'paragraph' as const, children: [{ text: block.text }] })),
  }))
}
