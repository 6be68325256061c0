/**
 * The HTML id of an entry's first element. The table of contents links to it, so
 * Chromium writes it into the PDF as a named destination on the entry's first page:
 * that is how the engine reads back where each entry really starts. Ids are by
 * position, not by entry id, so any entry id is safe.
 */
export function entryAnchor(index: number): string {
  return `gb-entry-${index + 1}`
}
