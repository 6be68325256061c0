/** The published issues of the snapshot, arranged the ways the site shows them. */
import type { GazetteIssue, IssueEntry, Manifest } from '../../../core/snapshot/schema'

export type Printed = { issue: GazetteIssue; entry: IssueEntry }

/** Oldest first, by running number. */
export function chronological(issues: readonly GazetteIssue[]): GazetteIssue[] {
  return [...issues].sort((a, b) => a.totalNumber - b.totalNumber)
}

/** Years with issues, newest first, each with its issues newest first. */
export function issuesByYear(issues: readonly GazetteIssue[]): Array<{ year: number; issues: GazetteIssue[] }> {
  const years = [...new Set(issues.map((issue) => issue.year))].sort((a, b) => b - a)
  return years.map((year) => ({
    year,
    issues: issues.filter((issue) => issue.year === year).sort((a, b) => b.issueNumber - a.issueNumber),
  }))
}

export function entriesOf(issue: GazetteIssue): IssueEntry[] {
  return issue.sections.flatMap((section) => section.entries)
}

// One index per manifest: every document page asks, so a scan of every issue per page
// would grow with documents × entries.
const printedIndexes = new WeakMap<Pick<Manifest, 'issues'>, Map<string, Printed>>()

/** Where a document or interpretation was printed, or null when in no published issue. */
export function printedIn(manifest: Pick<Manifest, 'issues'>, kind: IssueEntry['kind'], id: string): Printed | null {
  let index = printedIndexes.get(manifest)
  if (!index) {
    index = new Map()
    for (const issue of manifest.issues) {
      for (const entry of entriesOf(issue))
        if (!index.has(`${entry.kind}:${entry.id}`)) index.set(`${entry.kind}:${entry.id}`, { issue, entry })
    }
    printedIndexes.set(manifest, index)
  }
  return index.get(`${kind}:${id}`) ?? null
}

/** The issues before and after, by running number. */
export function neighbours(
  issues: readonly GazetteIssue[],
  issue: GazetteIssue,
): { previous: GazetteIssue | null; next: GazetteIssue | null } {
  const ordered = chronological(issues)
  const index = ordered.findIndex((candidate) => candidate.id === issue.id)
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null }
}

/** The number of pages to resolve citations for: the PDF's, or the last printed page. */
export function pageCount(issue: GazetteIssue): number {
  return issue.pdf?.pages ?? Math.max(0, ...entriesOf(issue).map((entry) => entry.lastPage))
}

/** What is printed on a page: every entry whose range holds it (two when one ends where the next begins). */
export function entriesOnPage(issue: GazetteIssue, page: number): IssueEntry[] {
  return entriesOf(issue).filter((entry) => entry.firstPage <= page && page <= entry.lastPage)
}
