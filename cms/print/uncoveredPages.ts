/**
 * Pages of an uploaded print PDF that carry text but belong to no entry. Everything
 * before the first entry is front matter (cover, contents); after that, a page outside
 * every stated range must be blank, or the PDF prints something the issue does not list
 * (and the public site would publish it unseen).
 */
export function uncoveredPages(pageTexts: readonly string[], ranges: ReadonlyArray<{ firstPage: number; lastPage: number }>): number[] {
  if (ranges.length === 0) return []
  const bodyStart = Math.min(...ranges.map((range) => range.firstPage))
  const covered = (page: number) => ranges.some((range) => range.firstPage <= page && page <= range.lastPage)
  const pages: number[] = []
  pageTexts.forEach((text, index) => {
    const page = index + 1
    // Running heads and page numbers alone do not make a page printed matter.
    const substantial = text.replace(/\s+/g, '').replace(/\d+/g, '').length > 40
    if (page >= bodyStart && !covered(page) && substantial) pages.push(page)
  })
  return pages
}
