/**
 * The issue's sections (栏目) from its saved entries in print order: a section for each run
 * of entries under the same heading, each entry with the pages it was read on. An entry
 * the reader found under no heading goes into 未分栏目, for the editor to name. Pure.
 */
import type { GazetteIssue } from '../payload-types'
import { backIssueMessages } from './backIssueMessages'
import type { SavedEntry } from './savedEntry'

export function issueSections(entries: readonly SavedEntry[]): NonNullable<GazetteIssue['sections']> {
  const sections: NonNullable<GazetteIssue['sections']> = []
  let current: string | null | undefined
  for (const entry of entries) {
    if (sections.length === 0 || entry.section !== current) {
      current = entry.section
      sections.push({ title: entry.section ?? backIssueMessages.unsectioned, entries: [] })
    }
    sections.at(-1)?.entries?.push({
      item: { relationTo: entry.collection, value: entry.id },
      firstPage: entry.firstPage,
      lastPage: entry.lastPage,
    })
  }
  return sections
}
