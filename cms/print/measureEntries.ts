/**
 * Where each entry starts in a rendered PDF: the page of its named destination
 * (see entryAnchor). Entries must start in print order, each on a later page.
 */
import type { PdfContent } from './pdfReader'
import { PrintLayoutError } from './printLayoutError'
import type { ContentsEntry } from './tableOfContents'

export function measureEntryStarts(pdf: Pick<PdfContent, 'destinations'>, entries: readonly ContentsEntry[]): Array<{ id: string; firstPage: number }> {
  let previous = 0
  return entries.map((entry) => {
    const firstPage = pdf.destinations.get(entry.anchor)
    if (firstPage === undefined) throw new PrintLayoutError(`排版结果中找不到《${entry.title}》的起始位置。`)
    if (firstPage <= previous) throw new PrintLayoutError(`《${entry.title}》没有另起一页（第${firstPage}页）。`)
    previous = firstPage
    return { id: entry.id, firstPage }
  })
}
