/**
 * The pure part of the print sync check: given the text of each page of a PDF and
 * the page ranges an office stated, which entries' titles are not where stated.
 * A title must be on its entry's first page; a title that only appears in the
 * table of contents counts as missing from the body. Each finding is also put in words
 * an editor can act on (syncMessage).
 */
import { contentsPages } from './contentsPages'
import { normalizeForMatch, pagesContaining } from './matchText'

export type StatedEntry = { id: string; title: string; firstPage: number; lastPage: number }

export type SyncProblem =
  /** The stated range is not a range of pages of this PDF. */
  | { kind: 'bad-range'; entry: StatedEntry; pages: number; foundOn: number[] }
  /** The title is not on the stated first page but is printed elsewhere. */
  | { kind: 'moved'; entry: StatedEntry; foundOn: number[] }
  /** The title is only in the table of contents. */
  | { kind: 'contents-only'; entry: StatedEntry; contentsOn: number[] }
  /** The title is nowhere in the PDF. */
  | { kind: 'missing'; entry: StatedEntry }

/**
 * `knownContents` gives the contents pages when the caller knows them (the engine
 * checking its own output); otherwise they are recognised from the text.
 */
export function syncProblems(
  pageTexts: readonly string[],
  entries: readonly StatedEntry[],
  knownContents?: ReadonlySet<number>,
): SyncProblem[] {
  const normalized = pageTexts.map(normalizeForMatch)
  const contents =
    knownContents ??
    contentsPages(
      normalized,
      entries.map((entry) => entry.title),
    )
  const problems: SyncProblem[] = []
  for (const entry of entries) {
    const found = pagesContaining(normalized, entry.title)
    const inBody = found.filter((page) => !contents.has(page))
    const validRange =
      Number.isInteger(entry.firstPage) &&
      Number.isInteger(entry.lastPage) &&
      entry.firstPage >= 1 &&
      entry.firstPage <= entry.lastPage &&
      entry.lastPage <= pageTexts.length
    if (!validRange) problems.push({ kind: 'bad-range', entry, pages: pageTexts.length, foundOn: inBody })
    else if (inBody.includes(entry.firstPage)) continue
    else if (inBody.length > 0) problems.push({ kind: 'moved', entry, foundOn: inBody })
    else if (found.length > 0) problems.push({ kind: 'contents-only', entry, contentsOn: found })
    else problems.push({ kind: 'missing', entry })
  }
  return problems
}

/** A finding in words an editor can act on. */
export function syncMessage(problem: SyncProblem): string {
  const { entry } = problem
  const name = `《${entry.title}》`
  const stated = entry.firstPage === entry.lastPage ? `第${entry.firstPage}页` : `第${entry.firstPage}—${entry.lastPage}页`
  switch (problem.kind) {
    case 'bad-range':
      return `${name}标注的页码${stated}不在本PDF的页码范围内（共${problem.pages}页）${foundHint(problem.foundOn)}。请按PDF实际页码更正。`
    case 'moved':
      return `${name}标注在${stated}，但第${entry.firstPage}页上没有该标题${foundHint(problem.foundOn)}。请核对起止页码。`
    case 'contents-only':
      return `${name}只在目录（${pageList(problem.contentsOn)}）中出现，正文中找不到该标题。请核对PDF是否漏印该文件。`
    case 'missing':
      return `${name}在PDF中找不到，可能漏印或标题与印刷版不一致。`
  }
}

function foundHint(pages: readonly number[]): string {
  return pages.length > 0 ? `；标题实际出现在${pageList(pages)}` : '；PDF正文中找不到该标题'
}

function pageList(pages: readonly number[]): string {
  return `第${pages.join('、')}页`
}
