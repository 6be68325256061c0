/**
 * npm run bench -- backissues [--documents N] [--dpi 300,200]: how well and how fast
 * printed back issues are read. The sample issue (the five sample documents and the
 * interpretation, or the first N documents) is printed by gongbao's own print engine, then
 * read back from its text layer, and from simulated scans at each resolution (pdftoppm,
 * turned, noise, JPEG; simulatedScan.ts) by tesseract. Prints, for each: pages per minute,
 * the character error rate of titles and bodies, and the share of entries whose title,
 * 发文字号 and pages are exactly right. Figures only, no assertions.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { readIssueFile } from '../../../cms/backIssues/readIssueFile'
import { printIssue } from '../../../cms/print/printIssue'
import { foldPrintEngineMisreads } from './printEngineMisreads'
import { scoreReading } from './readingScore'
import { printScore } from './scoreReport'
import { expectedEntries, sampleBackIssue } from './sampleIssue'
import { benchScannedCopies } from './scannedCopies'

export async function benchBackIssues(options: { documents?: number; dpis: number[] }): Promise<void> {
  const work = path.resolve('.tmp', `bench-backissues-${process.pid}`)
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  try {
    const issue = sampleBackIssue(options.documents ? { documents: options.documents } : {})
    const printed = await printIssue(issue)
    const pdf = path.join(work, 'issue.pdf')
    await writeFile(pdf, printed.pdf)
    const expected = expectedEntries(issue, printed)
    console.log(`印刷：${printed.pages}页，${expected.length}篇（${expected.reduce((sum, entry) => sum + entry.title.length, 0)}个标题字）`)

    const started = performance.now()
    const text = await readIssueFile(pdf)
    printScore(
      'PDF文字层',
      printed.pages,
      performance.now() - started,
      scoreReading(expected, text, foldPrintEngineMisreads),
      text.problems.length,
    )

    await benchScannedCopies(pdf, work, options.dpis, expected)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
