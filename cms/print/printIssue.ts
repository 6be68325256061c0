/**
 * Prints an issue to PDF. The table of contents needs the pages entries land on,
 * and those depend on the layout, so the issue is laid out, its real pages read back
 * from the PDF, and laid out again with those numbers until a pass prints exactly
 * the numbers it measures (normally the second; at most three). The last PDF is then
 * checked from its text alone (verifyPrint) before it is returned.
 */
import type { Browser } from 'playwright-core'

import { coverImageDataUrl } from './coverImage'
import { entryRanges, measureEntryStarts, PrintLayoutError, type EntryPages } from './entryRanges'
import { openPdfRenderer } from './htmlToPdf'
import { printIssueSchema, type PrintIssueInput } from './issueSchema'
import { pageLayout } from './pageLayout'
import { parsePageSize } from './pageSize'
import { readPdf } from './pdfReader'
import { launchChromium } from './chromium'
import { renderIssueHtml } from './renderIssueHtml'
import { buildContents, contentsEntries } from './tableOfContents'
import { verifyPrint } from './verifyPrint'

export type PrintOptions = {
  /** A running browser to print with; one is launched (and closed) when absent. */
  browser?: Browser
  /** Progress in Chinese, for the command line or the admin. */
  onProgress?: (message: string) => void
  /** Layout passes before giving up; 3 unless set, and never fewer than 2 (the first has no page numbers). */
  maxPasses?: number
}

export type PrintResult = {
  pdf: Buffer
  pages: number
  /** Every entry's real page range in the PDF, in print order. */
  entries: EntryPages[]
  /** Layout passes it took. */
  passes: number
  /** The HTML of the final pass, for debugging the layout in a browser. */
  html: string
}

export async function printIssue(input: PrintIssueInput, options: PrintOptions = {}): Promise<PrintResult> {
  const issue = printIssueSchema.parse(input)
  const geometry = parsePageSize(issue.pageSize)
  if (!geometry) throw new RangeError(`unsupported page size ${issue.pageSize}`)
  const layout = pageLayout(geometry)
  const coverImage = issue.coverImage ? await coverImageDataUrl(issue.coverImage) : null
  const progress = options.onProgress ?? (() => {})
  const maxPasses = Math.max(2, options.maxPasses ?? 3)
  const entries = contentsEntries(buildContents(issue, null))
  const anchors = entries.map((entry) => entry.anchor)

  const browser = options.browser ?? (await launchChromium())
  const renderer = await openPdfRenderer(browser)
  try {
    let firstPages: Map<string, number> | null = null
    for (let pass = 1; pass <= maxPasses; pass++) {
      const html = renderIssueHtml(issue, layout, { firstPages, coverImage })
      const pdf = await renderer.render(html)
      const content = await readPdf(pdf, anchors)
      const starts = measureEntryStarts(content, entries)
      progress(`第${pass}遍排版：共${content.pages}页`)
      const measured = new Map(starts.map((start) => [start.id, start.firstPage]))
      if (firstPages && sameNumbers(firstPages, measured)) {
        const ranges = entryRanges(starts, content.pages)
        const problems = verifyPrint(
          content,
          buildContents(issue, measured).flatMap((s) => s.entries),
          ranges,
        )
        if (problems.length > 0) throw new PrintLayoutError(`排版核对未通过：\n${problems.join('\n')}`)
        progress('目录页码与正文页码核对一致')
        return { pdf, pages: content.pages, entries: ranges, passes: pass, html }
      }
      firstPages = measured
    }
    throw new PrintLayoutError(`排版${maxPasses}遍后目录页码仍未稳定，请检查目录是否过长或条目是否异常。`)
  } finally {
    await renderer.close()
    if (!options.browser) await browser.close()
  }
}

function sameNumbers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page)
}
