/**
 * How well a back issue was read, against the issue it was printed from: for every source
 * entry, the entry read with the most alike title (entries are matched by title, not by
 * position, so one entry missed does not shift the rest), the character errors of its
 * title and body, and whether its title, 发文字号 and pages are exactly right. An entry
 * not found counts every character of its title and body as an error.
 */
import {
  characterErrors,
  comparableCharacters,
  errorRate,
  similarity,
  type BackIssueEntry,
  type BackIssueReading,
  type ErrorCount,
} from '../../../core/backIssues'

/** A body block of the source as far as its text goes (a snapshot block, marks or not). */
export type SourceBlock =
  { type: 'list'; items: Array<Array<{ text: string }>> } | { type: 'heading' | 'paragraph' | 'quote'; children: Array<{ text: string }> }

export type SourceEntry = {
  title: string
  docNumber: string | null
  writtenDate: string | null
  firstPage: number
  lastPage: number
  body: SourceBlock[]
}

export type EntryScore = {
  title: string
  found: boolean
  titleErrors: ErrorCount
  bodyErrors: ErrorCount
  exactTitle: boolean
  exactNumber: boolean
  exactPages: boolean
  exactDate: boolean
  /** Title, number and pages all exactly right. */
  exact: boolean
  read: BackIssueEntry | null
}

export type ScoreResult = {
  entries: EntryScore[]
  titleCer: number
  bodyCer: number
  /** Share of source entries whose title, number and pages are exactly right. */
  exactShare: number
  /** Share of source entries whose title was recognised with at most 10% errors. */
  titlesRecognised: number
}

const MIN_MATCH = 0.5

export function blockText(block: SourceBlock): string {
  const runs = block.type === 'list' ? block.items.flat() : block.children
  return runs.map((run) => run.text).join('')
}

/** A body's text, paragraph by paragraph: a source's blocks or the importer's. */
export function bodyText(blocks: ReadonlyArray<{ text: string } | SourceBlock>): string {
  return blocks.map((block) => ('text' in block ? block.text : blockText(block))).join('\n')
}

/** `fold`: applied to the text read before comparing (the print engine's own misreads, printEngineMisreads.ts). */
export function scoreReading(
  source: readonly SourceEntry[],
  reading: BackIssueReading,
  fold: (text: string) => string = (text) => text,
): ScoreResult {
  const taken = new Set<BackIssueEntry>()
  const entries = source.map((entry): EntryScore => {
    let best: { read: BackIssueEntry; alike: number } | null = null
    for (const read of reading.entries) {
      if (taken.has(read)) continue
      const alike = similarity(read.title ?? '', entry.title)
      if (!best || alike > best.alike) best = { read, alike }
    }
    const read = best && best.alike >= MIN_MATCH ? best.read : null
    if (read) taken.add(read)
    const same = (a: string | null, b: string | null) =>
      a === null || b === null ? a === b : comparableCharacters(a).join('') === comparableCharacters(b).join('')
    const exactTitle = read !== null && same(read.title, entry.title)
    const exactNumber = read !== null && same(read.docNumber, entry.docNumber)
    const exactPages = read !== null && read.firstPage === entry.firstPage && read.lastPage === entry.lastPage
    return {
      title: entry.title,
      found: read !== null,
      titleErrors: characterErrors(entry.title, read?.title ?? ''),
      bodyErrors: characterErrors(bodyText(entry.body), read ? fold(bodyText(read.document.body)) : ''),
      exactTitle,
      exactNumber,
      exactPages,
      exactDate: read !== null && (read.document.writtenDate?.value ?? null) === entry.writtenDate,
      exact: exactTitle && exactNumber && exactPages,
      read,
    }
  })
  const share = (count: number) => (source.length === 0 ? 0 : count / source.length)
  return {
    entries,
    titleCer: errorRate(entries.map((entry) => entry.titleErrors)),
    bodyCer: errorRate(entries.map((entry) => entry.bodyErrors)),
    exactShare: share(entries.filter((entry) => entry.exact).length),
    titlesRecognised: share(entries.filter((entry) => entry.found && entry.titleErrors.errors <= 0.1 * entry.titleErrors.length).length),
  }
}
