/**
 * What both back-issue benchmarks do with a PDF: scan it at each resolution (simulatedScan.ts),
 * read each scan by OCR, and print its score against the entries it should give.
 */
import path from 'node:path'

import { ocrConcurrency } from '../../../cms/backIssues/issuePages'
import { readIssueFile } from '../../../cms/backIssues/readIssueFile'
import { scoreReading, type SourceEntry } from './readingScore'
import { printScore } from './scoreReport'
import { simulateScan } from './simulatedScan'

/** `work`: a folder for the page images; `against`: said in each line (对照文字层). */
export async function benchScannedCopies(
  pdf: string,
  work: string,
  dpis: readonly number[],
  expected: readonly SourceEntry[],
  against = '',
) {
  for (const dpi of dpis) {
    const pages = await simulateScan(pdf, path.join(work, `scan-${dpi}`), { dpi })
    const started = performance.now()
    const scan = await readIssueFile(path.join(work, `scan-${dpi}`))
    printScore(
      `扫描 ${dpi} dpi${against ? `，${against}` : ''}（同时识别${ocrConcurrency()}页）`,
      pages.length,
      performance.now() - started,
      scoreReading(expected, scan),
      scan.problems.length,
    )
  }
}
