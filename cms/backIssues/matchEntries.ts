/**
 * Which item an issue already holds each entry of a new reading is, so that importing the
 * same issue again updates the same drafts: first by title (as the reader compares titles:
 * brackets, dashes and spacing folded), then, for an entry whose title matches none, the
 * item at the same position in the issue, of the same collection (a title corrected in
 * the admin since, or read differently this time). Each held item is matched once; an
 * entry matching none becomes a new draft. Pure.
 */
import { matchKey } from '../../core/backIssues/matchKey'
import type { IssueItemCollection } from '../issues/issueEntryRefs'

type Held = { collection: IssueItemCollection; title: string }
type Read = { collection: IssueItemCollection; title: string | null }

/** For each read entry, the index of its held item, or null. */
export function matchEntries(read: readonly Read[], held: readonly Held[]): Array<number | null> {
  const matched: Array<number | null> = read.map(() => null)
  const taken = new Set<number>()
  read.forEach((entry, index) => {
    if (entry.title === null) return
    const key = matchKey(entry.title)
    const found = held.findIndex((item, at) => !taken.has(at) && item.collection === entry.collection && matchKey(item.title) === key)
    if (found < 0) return
    taken.add(found)
    matched[index] = found
  })
  read.forEach((entry, index) => {
    const item = held[index]
    if (matched[index] !== null || taken.has(index) || item?.collection !== entry.collection) return
    taken.add(index)
    matched[index] = index
  })
  return matched
}
