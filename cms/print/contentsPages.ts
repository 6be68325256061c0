/**
 * Which pages of a PDF are a table of contents. A title found there says nothing
 * about where its document is printed, so the sync check looks past them. A page
 * counts when it carries several of the titles and is headed 目录, or when
 * it carries at least three (an interpretation's page can carry its own title and
 * the title of the document it explains, but hardly a third).
 */
import { normalizeForMatch } from './matchText'

export function contentsPages(normalizedPages: readonly string[], titles: readonly string[]): Set<number> {
  const needles = [...new Set(titles.map(normalizeForMatch).filter((title) => title !== ''))]
  const heading = normalizeForMatch('目录')
  const pages = new Set<number>()
  normalizedPages.forEach((text, index) => {
    const count = needles.filter((needle) => text.includes(needle)).length
    if (count >= 3 || (count >= 2 && text.includes(heading))) pages.add(index + 1)
  })
  return pages
}
