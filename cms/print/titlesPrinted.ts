/**
 * Which of some titles a print PDF still prints, and where: the check that a corrected
 * edition (勘误版) of an issue no longer carries a document withdrawn since printing. A
 * title only in the table of contents does not count (a corrected edition may keep the
 * printed contents); a title on any other page does, since that is where its text is.
 */
import { contentsPages } from './contentsPages'
import { normalizeForMatch, pagesContaining } from './matchText'

export type PrintedTitle = { title: string; pages: number[] }

/**
 * `titles`: the titles to look for; `issueTitles`: every title the issue lists, to tell
 * its contents pages apart.
 */
export function titlesPrinted(pageTexts: readonly string[], titles: readonly string[], issueTitles: readonly string[]): PrintedTitle[] {
  const normalized = pageTexts.map(normalizeForMatch)
  const contents = contentsPages(normalized, [...issueTitles, ...titles])
  return titles.flatMap((title) => {
    const pages = pagesContaining(normalized, title).filter((page) => !contents.has(page))
    return pages.length > 0 ? [{ title, pages }] : []
  })
}
