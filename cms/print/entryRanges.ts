/**
 * Page ranges from where each entry starts. Every entry begins on a new page and
 * nothing is printed between entries or after the last one, so an entry ends on
 * the page before the next one starts, and the last ends on the last page.
 */
export type EntryPages = { id: string; firstPage: number; lastPage: number }

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
