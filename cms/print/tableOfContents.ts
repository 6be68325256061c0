/** The table of contents as data: sections, their entries in print order, and pages. */
import type { PrintIssue } from './issueSchema'

export type ContentsEntry = {
  id: string
  /** Destination of the entry's link; see entryAnchor. */
  anchor: string
  title: string
  docNumber: string | null
  /** The entry's first page; null while it is not yet known (the first layout pass). */
  page: number | null
}

export type ContentsSection = { title: string; entries: ContentsEntry[] }

export function buildContents(issue: Pick<PrintIssue, 'sections'>, firstPages: ReadonlyMap<string, number> | null): ContentsSection[] {
  let index = 0
  return issue.sections.map((section) => ({
    title: section.title,
    entries: section.entries.map((entry) => ({
      id: entry.id,
      anchor: entryAnchor(index++),
      title: entry.title,
      docNumber: entry.docNumber,
      page: firstPages?.get(entry.id) ?? null,
    })),
  }))
}

/**
 * The HTML id of an entry's first element. The table of contents links to it, so
 * Chromium writes it into the PDF as a named destination on the entry's first page:
 * that is how the engine reads back where each entry really starts. Ids are by
 * position, not by entry id, so any entry id is safe.
 */
export function entryAnchor(index: number): string {
  return `gb-entry-${index + 1}`
}

/** Entries in print order, across sections. */
export function contentsEntries(contents: readonly ContentsSection[]): ContentsEntry[] {
  return contents.flatMap((section) => section.entries)
}

/** How a contents line names its entry: the title, then the number in parentheses. */
export function contentsLabel(entry: Pick<ContentsEntry, 'title' | 'docNumber'>): string {
  return entry.docNumber ? `${entry.title}（${entry.docNumber}）` : entry.title
}
