/**
 * Reads a printed gazette issue back into its entries, from the positioned text lines of
 * its pages (a PDF's text layer or OCR; cms/backIssues reads those). Steps: pages that
 * read as noise are set aside; running heads, page numbers and footers are removed; each
 * page is put in reading order (columns); the contents (目录) are read; the body becomes
 * blocks (paragraphs, titles), split into entries at the titles the contents list; and
 * each entry goes through the importer's extraction for its fields. What cannot be
 * decided is reported page by page. Pure: no file, no framework.
 */
import { compact, tightenSpacing } from '../import/chineseText'
import { parseDocumentNumber } from '../documents/documentNumber'
import type { ExtractedDocument } from '../import/types'
import { problemMessage, type BackIssueProblem } from './backIssueProblems'
import { readContents, type Contents, type PageRows } from './contentsPages'
import { correctTitles, type TitlePair } from './contentsAgreement'
import { entryDocument } from './entryDocument'
import { entrySpans, type EntrySpan } from './entrySpans'
import { readIssueMasthead, type IssueMasthead } from './issueMasthead'
import { matchKey } from './matchKey'
import { foldNumberShape } from './numberShape'
import { stripPageFurniture, type PageBody } from './pageFurniture'
import { pageNoise } from './pageNoise'
import type { PageText } from './pageText'
import { readingOrder } from './readingOrder'
import { runningText } from './runningText'
import { textBlocks, type PlacedRow, type TextBlock, type UncertainSpot } from './textBlocks'

export type BackIssueEntry = {
  section: string | null
  kind: 'document' | 'interpretation'
  /** Pages of the file (1-based), as an issue's entries record them. */
  firstPage: number
  lastPage: number
  /** The page numbers printed on those pages, when the pages carry them. */
  printedFirstPage: number | null
  printedLastPage: number | null
  title: string | null
  docNumber: string | null
  /** Whether any of its pages was recognised by OCR. */
  ocr: boolean
  /** OCR only: characters recognised with low confidence, for a person to check. */
  uncertain: UncertainSpot[]
  /** The contents line the entry was found by, as printed. */
  contentsLabel: string | null
  /** Everything the importer's extraction read: fields, body, report. */
  document: ExtractedDocument
}

export type PageRole = 'cover' | 'contents' | 'body' | 'blank' | 'noise'

export type BackIssuePage = { page: number; role: PageRole; folio: number | null; ocr: boolean; meanConfidence: number | null }

export type BackIssueReading = {
  /** The pages as read, with the reader's corrections (contentsAgreement.ts) made and marked. */
  texts: PageText[]
  masthead: IssueMasthead
  pages: BackIssuePage[]
  contents: Contents | null
  entries: BackIssueEntry[]
  problems: Array<BackIssueProblem & { message: string }>
}

export type ReadOptions = {
  /** Pages the source could not read (no text layer and no OCR), with the reason. */
  unreadPages?: ReadonlyArray<{ page: number; reason: string }>
}

/**
 * The issue read; then, where the contents decide a character of a title the body's
 * print was misread in (contentsAgreement.ts), those pages corrected and the issue read
 * again from them.
 */
export function readBackIssue(input: readonly PageText[], options: ReadOptions = {}): BackIssueReading {
  const first = readPages(input, options)
  const corrected = correctTitles(input, first.titles)
  if (corrected.every((page, index) => page === input[index])) return first.reading
  return readPages(corrected, options).reading
}

function readPages(input: readonly PageText[], options: ReadOptions): { reading: BackIssueReading; titles: TitlePair[] } {
  const problems: BackIssueProblem[] = (options.unreadPages ?? []).map((unread) => ({ kind: 'unread-page', ...unread }))
  const pages = [...input].sort((a, b) => a.page - b.page)
  const noisy = new Set<number>()
  const cleaned = pages.map((page) => {
    const verdict = pageNoise(page)
    if (!verdict.noise) return page
    noisy.add(page.page)
    problems.push({ kind: 'noise-page', page: page.page, reason: verdict.reason })
    return { ...page, lines: [] }
  })
  const bodies = stripPageFurniture(cleaned)
  const rowsByPage: PageRows[] = bodies.map((body) => ({ page: body.page, rows: readingOrder(body.lines) }))
  const contents = readContents(rowsByPage)
  const coverText = (rowsByPage[0]?.rows ?? []).map((row) => row.text).join('\n')
  const masthead = readIssueMasthead(
    coverText,
    bodies.slice(1).flatMap((body) => body.furniture),
  )

  // The body: after the contents; without contents, after a cover that names the gazette.
  const lastFront = contents ? Math.max(...contents.pages) : masthead.gazetteName && pages.length > 1 && hasCover(coverText) ? 1 : 0
  const bodyRows: PlacedRow[] = rowsByPage
    .filter((page) => page.page > lastFront)
    .flatMap((page) => page.rows.map((row) => ({ ...row, page: page.page })))
  const metrics = runningText(bodyRows)
  const blocks = textBlocks(bodyRows, metrics)
  const printed = folioMapping(bodies, lastFront)
  if (!contents) problems.push({ kind: 'no-contents', page: null })
  for (const line of contents?.unread ?? []) problems.push({ kind: 'contents-unread', page: line.page, text: line.text })

  const split = entrySpans(blocks, contents, { bodySize: metrics.bodySize, filePage: printed.filePage })
  problems.push(...split.problems)
  const ocrPages = new Set(pages.filter((page) => page.ocr).map((page) => page.page))
  let section: string | null = null
  const titles: TitlePair[] = []
  const entries = split.spans.map((span) => {
    const entry = readEntry(blocks, span, section, printed, ocrPages, problems)
    section = entry.section
    const titleBlocks = blocks.slice(span.title, span.title + span.titleBlocks)
    const page = titleBlocks[0]?.page
    if (span.contents && page !== undefined && titleBlocks.every((block) => block.lastPage === page)) {
      titles.push({ page, body: titleBlocks.map((block) => block.text).join(''), contents: span.contents.title })
    }
    return entry
  })
  if (entries.length === 0) problems.push({ kind: 'no-entries', page: null })
  const firstLead = split.spans[0]?.lead ?? blocks.length
  for (const block of blocks.slice(0, firstLead)) {
    if (!problems.some((problem) => problem.kind === 'unassigned-text' && problem.page === block.page)) {
      problems.push({ kind: 'unassigned-text', page: block.page, text: block.text })
    }
  }

  const contentsPages = new Set(contents?.pages ?? [])
  const roles = bodies.map((body): BackIssuePage => {
    const page = pages.find((candidate) => candidate.page === body.page)
    const role: PageRole = noisy.has(body.page)
      ? 'noise'
      : contentsPages.has(body.page)
        ? 'contents'
        : body.page <= lastFront
          ? 'cover'
          : body.lines.length === 0
            ? 'blank'
            : 'body'
    return { page: body.page, role, folio: body.folio, ocr: page?.ocr ?? false, meanConfidence: page?.meanConfidence ?? null }
  })
  problems.sort((a, b) => (a.page ?? 0) - (b.page ?? 0))
  const reading: BackIssueReading = {
    texts: pages,
    masthead,
    pages: roles,
    contents,
    entries,
    problems: problems.map((problem) => ({ ...problem, message: problemMessage(problem) })),
  }
  return { reading, titles }
}

function hasCover(text: string): boolean {
  return /公报/u.test(text) && /期/u.test(text)
}

type FolioMapping = { filePage: (printed: number) => number; printedPage: (file: number) => number | null }

/**
 * Printed page numbers and file pages. Issues number their pages straight through, so
 * the two differ by one offset: none, or the unnumbered pages in front (cover, contents),
 * never more than those and one. The offset is the one clearly more of the page numbers
 * found agree on than on any other; numbers read wrongly (OCR) scatter and are outvoted,
 * or agree on an offset no issue has (— 13 — read as 3 on ten pages in a row: 10) and are
 * not counted. With no clear offset the two are taken as the same.
 */
function folioMapping(bodies: readonly PageBody[], frontPages: number): FolioMapping {
  const offsets = new Map<number, number>()
  let found = 0
  for (const body of bodies) {
    if (body.folio === null) continue
    found++
    const offset = body.page - body.folio
    if (offset >= 0 && offset <= frontPages + 1) offsets.set(offset, (offsets.get(offset) ?? 0) + 1)
  }
  const [[offset, votes] = [0, 0], [, runnerUp] = [0, 0]] = [...offsets].sort((a, b) => b[1] - a[1])
  const trusted = votes >= 3 && votes >= 3 * runnerUp && votes >= found / 3
  return {
    filePage: (printed) => printed + (trusted ? offset : 0),
    printedPage: (file) => (trusted ? file - offset : null),
  }
}

function readEntry(
  blocks: readonly TextBlock[],
  span: EntrySpan,
  previousSection: string | null,
  printed: FolioMapping,
  ocrPages: ReadonlySet<number>,
  problems: BackIssueProblem[],
): BackIssueEntry {
  const own = blocks.slice(span.first, span.end)
  const titleBlocks = blocks.slice(span.title, span.title + span.titleBlocks)
  const titleText = tightenSpacing(titleBlocks.map((block) => block.text).join(' '))
  const titlePage = titleBlocks[0]?.page ?? 0
  const listed = span.contents
  let document = entryDocument(own, titleText === '' ? null : titleText)
  // A number the contents print legibly and the body shows none of (OCR lost it): the contents', reported.
  const listedNumber = listed?.docNumber ? foldNumberShape(listed.docNumber) : null
  if (!document.docNumber && listed && listedNumber && parseDocumentNumber(listedNumber).ok) {
    document = entryDocument(own, titleText === '' ? null : titleText, listedNumber)
    problems.push({ kind: 'number-from-contents', page: titlePage, title: listed.title, number: listedNumber })
  }
  const firstPage = own[0]?.page ?? titlePage
  const lastPage = Math.max(firstPage, ...own.map((block) => block.lastPage))
  const title = document.title?.value ?? null
  const docNumber = document.docNumber?.value.raw ?? null
  if (titleBlocks.some((block) => block.lastPage !== titlePage)) {
    problems.push({ kind: 'title-spans-pages', page: titlePage, title: title ?? titleBlocks.map((block) => block.text).join('') })
  }
  if (listed) {
    if (listed.printedPage !== null) {
      const expected = printed.filePage(listed.printedPage)
      if (expected !== titlePage) {
        problems.push({
          kind: 'page-differs',
          page: titlePage,
          title: listed.title,
          printed: listed.printedPage,
          expected,
          found: titlePage,
        })
      }
    }
    if (title !== null && matchKey(title) !== matchKey(listed.title)) {
      problems.push({ kind: 'title-differs', page: titlePage, contentsTitle: listed.title, bodyTitle: title })
    }
    if (listedNumber !== null && !sameNumber(listedNumber, docNumber)) {
      problems.push({
        kind: 'number-differs',
        page: titlePage,
        title: listed.title,
        contentsNumber: listedNumber,
        bodyNumber: docNumber,
      })
    }
  }
  const section = listed?.section ?? span.sectionHeading ?? previousSection
  const interpretation = /解读/u.test(section ?? '') || /解读/u.test(compact(title ?? ''))
  let ocr = false
  for (let page = firstPage; page <= lastPage; page++) if (ocrPages.has(page)) ocr = true
  return {
    section,
    kind: interpretation ? 'interpretation' : 'document',
    firstPage,
    lastPage,
    printedFirstPage: printed.printedPage(firstPage),
    printedLastPage: printed.printedPage(lastPage),
    title,
    docNumber,
    ocr,
    uncertain: own.flatMap((block) => block.uncertain),
    contentsLabel: listed?.label ?? null,
    document,
  }
}

function sameNumber(a: string, b: string | null): boolean {
  if (b === null) return false
  const x = parseDocumentNumber(a)
  const y = parseDocumentNumber(b)
  if (x.ok && y.ok) return x.strict === y.strict
  return matchKey(a) === matchKey(b)
}
