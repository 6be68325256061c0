/**
 * The entries of an issue: each document or interpretation in one issue only, page
 * ranges in print order, increasing and not overlapping (two short entries may share
 * the page where one ends and the next begins), and the rule that rules and
 * normative documents are printed before they take effect (施行前刊登).
 */
import { type DocumentKindDefinition, kindHasRule } from '../documents/documentKinds'
import { issueLabel, type IssueKey } from './issueLabel'

export type IssueEntry = {
  /** Identifies the item across issues, e.g. documents:12. */
  key: string
  title: string
  firstPage: number | null
  lastPage: number | null
}

export type EntryProblem =
  | { kind: 'repeated'; entry: IssueEntry }
  | { kind: 'in-other-issue'; entry: IssueEntry; other: IssueKey }
  | { kind: 'missing-pages'; entry: IssueEntry }
  | { kind: 'bad-range'; entry: IssueEntry }
  | { kind: 'overlap'; entry: IssueEntry; previous: IssueEntry }

/**
 * `elsewhere` maps an item's key to the other issue that already holds it.
 * `pagesRequired`: every entry must state its pages (an uploaded print PDF).
 */
export function entryProblems(
  entries: readonly IssueEntry[],
  elsewhere: ReadonlyMap<string, IssueKey>,
  pagesRequired: boolean,
): EntryProblem[] {
  const problems: EntryProblem[] = []
  const seen = new Set<string>()
  let previous: IssueEntry | null = null
  for (const entry of entries) {
    if (seen.has(entry.key)) problems.push({ kind: 'repeated', entry })
    seen.add(entry.key)
    const other = elsewhere.get(entry.key)
    if (other) problems.push({ kind: 'in-other-issue', entry, other })

    const { firstPage, lastPage } = entry
    if (firstPage === null || lastPage === null) {
      if (pagesRequired || firstPage !== lastPage) problems.push({ kind: 'missing-pages', entry })
      continue
    }
    if (!Number.isInteger(firstPage) || !Number.isInteger(lastPage) || firstPage < 1 || lastPage < firstPage) {
      problems.push({ kind: 'bad-range', entry })
      continue
    }
    if (previous && previous.lastPage !== null && firstPage < previous.lastPage) problems.push({ kind: 'overlap', entry, previous })
    previous = entry
  }
  return problems
}

export function entryMessage(problem: EntryProblem): string {
  const title = `《${problem.entry.title}》`
  switch (problem.kind) {
    case 'repeated':
      return `${title}在本期中出现了两次，每篇只能编入一次。`
    case 'in-other-issue':
      return `${title}已编入${issueLabel(problem.other)}，一篇文件只能刊登在一期公报上。`
    case 'missing-pages':
      return `${title}缺少起止页码：请填写该篇在印刷版中的起始页和结束页。`
    case 'bad-range':
      return `${title}的页码${problem.entry.firstPage}–${problem.entry.lastPage}无效：页码应为正整数，且结束页不小于起始页。`
    case 'overlap':
      return `${title}的起始页（第${problem.entry.firstPage}页）早于上一篇《${problem.previous.title}》的结束页（第${problem.previous.lastPage}页）：页码应按编排顺序递增、互不重叠。`
  }
}

export type PrintedItem = { title: string; kind: string; effectiveDate: string | null }

/** Items of the kinds printed before their 施行日期 (规章, 规范性文件) in an issue dated after they took effect. */
export function lateEntries<T extends PrintedItem>(
  publicationDate: string,
  items: readonly T[],
  kinds: readonly DocumentKindDefinition[],
): T[] {
  return items.filter(
    (item) => kindHasRule(kinds, item.kind, 'printedBeforeEffect') && item.effectiveDate !== null && item.effectiveDate < publicationDate,
  )
}

export function lateEntryMessage(item: PrintedItem, publicationDate: string): string {
  return `《${item.title}》自${item.effectiveDate}起施行，本期出版日期${publicationDate}晚于施行日期：规章和规范性文件应在施行前刊登。`
}
