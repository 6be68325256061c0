/**
 * The table of contents (目录) of a printed issue: which pages hold it, and what it lists.
 * A contents page is headed 目录 near its top; the pages after it that still read as
 * contents (most rows ending in a page number) continue it. Each entry is a title,
 * wrapped over as many rows as it needs, with its 发文字号 in brackets after it, and the
 * page number at the end of its last row (right-aligned, or after a dot leader); a
 * short row without a page number between entries is a section (栏目). A row that
 * cannot be read as either is kept, to be reported, never dropped.
 */
import { parseDocumentNumber } from '../documents/documentNumber'
import { compact, tightenSpacing } from '../import/chineseText'
import { endsLikeTitle } from '../import/documentHeader'
import { matchKey } from './matchKey'
import { characters, rightOf } from './pageText'
import type { Row } from './readingOrder'

export type ContentsEntry = {
  section: string | null
  title: string
  docNumber: string | null
  /** The page number the contents print (the printed page number, not the file's); null where it could not be read. */
  printedPage: number | null
  /** The file page of the contents that lists it. */
  contentsPage: number
  /** The entry as printed, rows joined. */
  label: string
}

export type Contents = {
  pages: number[]
  sections: string[]
  entries: ContentsEntry[]
  /** Rows that are neither a section nor part of an entry. */
  unread: Array<{ page: number; text: string }>
}

export type PageRows = { page: number; rows: Row[] }

/**
 * Rows the 目录 heading is looked for in: a cover may print the gazette's name, its year and
 * issue above the contents (国务院公报 1954年第一号).
 */
const HEADING_ROWS = 8
/** Pages at the front of an issue where contents without a legible heading are looked for. */
const FRONT_PAGES = 4
const MAX_SECTION_LENGTH = 16
/**
 * What a dot leader is printed or read as: dots, rules, and what OCR makes of a row of dots
 * on a scan (commas, quotes, colons: 解读（示例），”59 is a title, a leader and page 59; and
 * on the close leaders of a real issue, runs of small Latin letters: 公报nnnnnns(17),
 * 照会sea(23)). A Chinese title does not end in small Latin letters.
 */
const LEADER_CHARACTERS = String.raw`\s.·…．。_\-—,，、'’‘"“”:：;；•∙~～a-z`
/** What a page number's opening bracket is printed or read as (《25) on a scan). */
const OPENING = '（(《〈<'
/** A page number standing alone, in brackets or not: 12, (3), ( 7), （12）. */
const PAGE_NUMBER = new RegExp(`^[${OPENING}]?\\s*(\\d{1,4})\\s*[）)]?$`, 'u')
const LEADER = new RegExp(`[${LEADER_CHARACTERS}]{2,}$`, 'u')
/** What is left of a leader whose page number was lost. */
const LEADER_REMAINS = new RegExp(`[${LEADER_CHARACTERS}]+$`, 'u')
/**
 * A page number at the end of a row's text: after a leader or a space, or in brackets right
 * after the title, where OCR lost the leader or read it as one character (公报人(3)).
 */
const TRAILING_NUMBER = new RegExp(
  `^(.*?)(?:(?:[${LEADER_CHARACTERS}]{2,}|\\s)[${OPENING}]?\\s*(\\d{1,4})\\s*[）)]?|[${OPENING}]\\s*(\\d{1,4})\\s*[）)])$`,
  'u',
)

/**
 * The page number at the end of a row, and the row's text before it; null when the row
 * ends in none. A short fragment standing apart at the end of the row is the page number's
 * place even when it does not read as digits (OCR took 24 for 扣): its page is then null,
 * and the entry still ends there rather than running into the next one.
 */
export function pageNumberOf(row: Row): { label: string; page: number | null } | null {
  const last = row.parts.at(-1)
  const before = row.parts.at(-2)
  if (last && before) {
    const text = last.text.normalize('NFKC').trim()
    const number = PAGE_NUMBER.exec(text)
    const apart = last.x - rightOf(before) >= 2 * row.size && characters(text.replace(/\s+/gu, '')).length <= 3
    if (number || apart)
      return {
        label: row.parts
          .slice(0, -1)
          .map((part) => part.text)
          .join(' ')
          .replace(LEADER, ''),
        page: number ? Number(number[1]) : null,
      }
  }
  const inline = TRAILING_NUMBER.exec(row.text.normalize('NFKC').trim())
  return inline ? { label: (inline[1] ?? '').replace(LEADER, ''), page: Number(inline[2] ?? inline[3]) } : null
}

/** The row heading the contents: 目录 (本期目录), or, misread (OCR), a short row set larger that starts 目 or ends 录. */
function isContentsHeading(row: Row, sizes: readonly number[]): boolean {
  const key = matchKey(row.text)
  if (/^(?:本期)?目录$/u.test(key)) return true
  const median = [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? row.size
  const han = key.replace(/[^\p{Script=Han}]/gu, '')
  return characters(han).length <= 3 && /^目|录$/u.test(han) && row.size >= 1.2 * median
}

/** The index of the page's 目录 heading among its first rows, above any numbered row, or -1. */
function headingIndex(page: PageRows): number {
  const sizes = page.rows.map((row) => row.size)
  for (const [index, row] of page.rows.slice(0, HEADING_ROWS).entries()) {
    if (isContentsHeading(row, sizes)) return index
    // Contents already begun: a 目录 below their first entry heads nothing (a title may hold the word).
    if (typeof pageNumberOf(row)?.page === 'number') return -1
  }
  return -1
}

function readsAsContents(page: PageRows): boolean {
  const numbered = page.rows.filter((row) => pageNumberOf(row) !== null).length
  return numbered >= 3 && numbered >= page.rows.length * 0.4
}

/**
 * The contents, or null when there are none: the first page headed 目录, else (a heading
 * OCR misread) the first of the front pages that reads as contents.
 */
export function readContents(pages: readonly PageRows[]): Contents | null {
  const headed = pages.findIndex((page) => headingIndex(page) >= 0)
  const front = pages.slice(0, Math.max(FRONT_PAGES, Math.ceil(pages.length / 4)))
  const first = headed >= 0 ? headed : front.findIndex(readsAsContents)
  if (first < 0) return null
  const contentsPages: PageRows[] = [pages[first] as PageRows]
  for (let index = first + 1; index < pages.length && readsAsContents(pages[index] as PageRows); index++) {
    contentsPages.push(pages[index] as PageRows)
  }
  const contents: Contents = { pages: contentsPages.map((page) => page.page), sections: [], entries: [], unread: [] }
  let section: string | null = null
  let pending: Array<{ page: number; text: string }> = []
  // Where an entry's first row starts: a row there after a label that reads complete
  // begins the next entry, even when the page number between them was not read (OCR).
  let entryStart: number | null = null
  const close = (page: number, label: string, printedPage: number | null) => {
    if (label !== '') contents.entries.push({ section, ...splitLabel(label), printedPage, contentsPage: page, label })
  }
  const pendingLabel = () => tightenSpacing(pending.map((p) => p.text).join(' '))
  /** Ends the pending entry whose page number was not read, without what is left of its leader. */
  const closePending = () => {
    close(pending[0]?.page ?? 0, pendingLabel().replace(LEADER_REMAINS, ''), null)
    pending = []
  }
  for (const page of contentsPages) {
    const skip = headingIndex(page)
    page.rows.forEach((row, index) => {
      // The heading, and the masthead a cover prints above it, are not entries.
      if (index <= skip) return
      const atStart = entryStart !== null && Math.abs(row.x - entryStart) < row.size / 2
      const leftOfStart = entryStart !== null && row.x < entryStart - row.size && characters(compact(row.text)).length <= MAX_SECTION_LENGTH
      if (pending.length > 0 && (atStart || leftOfStart) && readsComplete(pendingLabel())) closePending()
      const numbered = pageNumberOf(row)
      if (numbered) {
        if (pending.length === 0) entryStart ??= row.x
        const label = tightenSpacing([pendingLabel(), numbered.label].join(' '))
        pending = []
        if (label === '') contents.unread.push({ page: page.page, text: row.text })
        else close(page.page, label, numbered.page)
        return
      }
      const text = tightenSpacing(row.text)
      const next = page.rows[index + 1]
      const numberFollows = next !== undefined && startsWithDocumentNumber(next.text)
      if (pending.length === 0 && characters(text).length <= MAX_SECTION_LENGTH && !LEADER.test(row.text) && !numberFollows) {
        section = text.replace(/^[【[［〔]\s*|\s*[】\]］〕]$/gu, '')
        if (!contents.sections.includes(section)) contents.sections.push(section)
        return
      }
      if (pending.length === 0) entryStart ??= row.x
      pending.push({ page: page.page, text })
    })
  }
  // The last entry, its page number lost (OCR), still ends with the contents when it reads complete.
  if (pending.length > 0 && readsComplete(pendingLabel())) closePending()
  else contents.unread.push(...pending)
  return contents
}

/** A label that can end an entry: it ends like a title (…的通知) or with its bracketed number (a leader's remains aside). */
function readsComplete(label: string): boolean {
  const text = label.replace(LEADER_REMAINS, '')
  return endsLikeTitle(text) || /[)）〉>】\]]$/u.test(text)
}

/** A row that opens with a bracketed 发文字号: the second row of a short title's entry. */
function startsWithDocumentNumber(text: string): boolean {
  const m = /^\s*[（(]([^（()）]+)[）)]/u.exec(text)
  return m !== null && parseDocumentNumber(m[1] ?? '').ok
}

/**
 * A contents label: the title, and the 发文字号 in brackets after it when there is one. The
 * brackets may come back from OCR as any of （(〈<【[ and ）)〉>】], and the number itself
 * garbled; a bracketed tail with a year and ending 号 is taken as the number all the same
 * (as read), so that it does not stay in the title.
 */
export function splitLabel(label: string): { title: string; docNumber: string | null } {
  const text = label.replace(/[\s,，.。、]+$/u, '')
  for (const opener of [/[（(〈<]/gu, /[【[]/gu]) {
    for (const m of text.matchAll(opener)) {
      if (m.index === 0) continue
      const inner = text
        .slice(m.index + 1)
        .replace(/[）)〉>】\]]$/u, '')
        .trim()
      if (parseDocumentNumber(inner).ok || /^\S{1,12}?(?:19|20)\d\d.{0,8}号$/u.test(inner))
        return { title: text.slice(0, m.index).trim(), docNumber: inner }
    }
  }
  return { title: text, docNumber: null }
}
