/**
 * Where each entry is in a rendered PDF: the page it starts on, read from its named
 * destination (tableOfContents.ts, entryAnchor), and from those starts its page range.
 * A layout that breaks these rules is a PrintLayoutError.
 */
import type { PdfContent } from './pdfReader'
import type { ContentsEntry } from './tableOfContents'

/** Thrown when the printed PDF does not say what its table of contents promises. */
export class PrintLayoutError extends Error {
  override name = 'PrintLayoutError'
}

/** Where each entry starts. Entries must start in print order, each on a later page. */
export function measureEntryStarts(
  pdf: Pick<PdfContent, 'destinations'>,
  entries: readonly ContentsEntry[],
): Array<{ id: string; firstPage: number }> {
  let previous = 0
  return entries.map((entry) => {
    const firstPage = pdf.destinations.get(entry.anchor)
    if (firstPage === undefined) throw new PrintLayoutError(`排版结果中找不到《${entry.title}》的起始位置。`)
    if (firstPage <= previous) throw new PrintLayoutError(`《${entry.title}》没有另起一页（第${firstPage}页）。`)
    previous = firstPage
    return { id: entry.id, firstPage }
  })
}

export type EntryPages = { id: string; firstPage: number; lastPage: number }

/**
 * Page ranges from where each entry starts. Every entry begins on a new page and
 * nothing is printed between entries or after the last one, so an entry ends on
 * the page before the next one starts, and the last ends on the last page.
 */
export function entryRanges(starts: ReadonlyArray<{ id: string; firstPage: number }>, totalPages: number): EntryPages[] {
  return starts.map((entry, index) => {
    const next = starts[index + 1]
    const lastPage = next ? next.firstPage - 1 : totalPages
    if (lastPage < entry.firstPage || entry.firstPage < 1 || lastPage > totalPages) {
      throw new RangeError(`Entry ${entry.id} starts on page ${entry.firstPage} but would end on page ${lastPage}.`)
    }
    return { id: entry.id, firstPage: entry.firstPage, lastPage }
  })
}
