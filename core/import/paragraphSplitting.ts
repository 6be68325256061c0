/**
 * Turns the lines of a copied document into paragraphs. Most copies keep one paragraph
 * per line, with spaces only where a PDF wrapped a line. Some web copies flatten the
 * whole text into one line (seeds 002 and 003), with a space wherever a line or a
 * paragraph ended; there the spaces that end a sentence, precede a numbered item or
 * follow a heading are paragraph breaks, and the others are wraps. In both kinds, a
 * signature printed on one line with its date ("运城市人民政府办公室 2022年6月30日"),
 * the (此件公开发布) mark and the title of the attached text are set apart.
 */
import { compact, SENTENCE_END, tightenSpacing } from './chineseText'
import { CHINESE_DATE_TEXT } from './chineseDate'
import { splitOrgNames } from './orgNames'
import { LEVEL_ONE, LEVEL_TWO, leadingMarker, startsWithMarker } from './structureMarkers'

export type PieceKind = 'text' | 'addressee' | 'disclosure' | 'signatureOrg' | 'signatureDate' | 'attachedTitle'

export type Piece = {
  kind: PieceKind
  /** Spacing repaired. */
  text: string
  /** As copied. */
  source: string
}

const DISCLOSURE_MARK = /^[（(]\s*此件[^（()）]{2,14}[）)]/u
const SIGNATURE = new RegExp(
  `^([^\\s，,。；;：:、]{2,40}(?:\\s+[^\\s，,。；;：:、]{2,40}){0,5}?)\\s*(${CHINESE_DATE_TEXT})(\\s*印发)?(?=\\s|$)`,
  'u',
)
const CLOSED_AFTER_SENTENCE = /[。！？][（(][^（()）]*[）)]$/u

// How much text either side of a space the rules look at: enough for a signature with
// several organs. Bounded, so that a megabyte on one line is still read in linear time.
const WINDOW = 300
const HEADING_LENGTH = 30

/**
 * Whether the space between `left` (the end of the current segment, whose full length
 * is `length`) and `right` (the text after the space) ends a paragraph in flattened text.
 */
function isFlattenedBreak(left: string, length: number, right: string): boolean {
  if (startsWithMarker(right) && leadingMarker(left) !== left) return true
  if (/[。！？!?][”"’]?$/u.test(left)) return true
  if (CLOSED_AFTER_SENTENCE.test(left)) return true
  if (/^[（(]此件/u.test(right) || /[（(]此件[^（()）]*[）)]$/u.test(left)) return true
  // A heading ("一、指导思想") followed by its text on the same line.
  if (length <= HEADING_LENGTH && (LEVEL_ONE.test(left) || LEVEL_TWO.test(left))) {
    const words = left.slice(leadingMarker(left).length)
    if (words !== '' && !/[，,、；;：:。]/u.test(words)) return true
  }
  return startsWithSignature(right)
}

function startsWithSignature(text: string): boolean {
  const m = SIGNATURE.exec(text)
  return m !== null && splitOrgNames(m[1] ?? '') !== null
}

/** The spaces of a line, with bounded text either side. */
function* spaces(line: string): Generator<{ at: number; end: number; before: string; after: string }> {
  for (const m of line.matchAll(/\s+/gu)) {
    const end = m.index + m[0].length
    yield { at: m.index, end, before: line.slice(Math.max(0, m.index - WINDOW), m.index), after: line.slice(end, end + WINDOW) }
  }
}

/** A flattened line: long, with several spaces that can only be paragraph breaks. */
export function isFlattened(line: string): boolean {
  if (line.length < 400) return false
  let breaks = 0
  for (const space of spaces(line)) {
    if (startsWithMarker(space.after) || /[。！？!?]$/u.test(space.before)) breaks++
    if (breaks >= 3) return true
  }
  return false
}

/**
 * Splits a line at the spaces that are paragraph breaks: all the kinds listed in
 * isFlattenedBreak for a flattened line, only "。(…牵头…) 所有…" for others.
 */
export function splitLine(input: string): string[] {
  const flattened = isFlattened(input)
  // Table borders inside a flattened line are spaces too.
  const line = flattened ? input.replace(/\s+[|｜]\s+/gu, ' ') : input
  const segments: string[] = []
  let start = 0
  for (const space of spaces(line)) {
    const length = space.at - start
    const left = length > WINDOW ? space.before : line.slice(start, space.at)
    if (left.trim() === '') continue
    const isBreak = flattened
      ? isFlattenedBreak(left.trimEnd(), length, space.after)
      : CLOSED_AFTER_SENTENCE.test(left.trimEnd()) && /^\p{Script=Han}/u.test(space.after)
    if (isBreak) {
      segments.push(line.slice(start, space.at).trim())
      start = space.end
    }
  }
  const rest = line.slice(start).trim()
  if (rest !== '') segments.push(rest)
  return segments
}

/** Where in `text` the first `length` non-space characters end. */
function endOfCompactPrefix(text: string, length: number): number {
  let seen = 0
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i] as string)) continue
    seen++
    if (seen === length) return i + 1
  }
  return text.length
}

const piece = (kind: PieceKind, source: string): Piece => ({ kind, text: tightenSpacing(source), source: source.trim() })

/**
 * Sets apart, at the start of a segment, the pieces that share a line with other text:
 * the disclosure mark, a signature with its date, and the title of the attached text
 * (one of `attachedTitles`, compared without spaces).
 */
export function peelSegment(segment: string, attachedTitles: ReadonlySet<string>): Piece[] {
  const pieces: Piece[] = []
  let rest = segment.trim()
  while (rest !== '') {
    const mark = DISCLOSURE_MARK.exec(rest)
    if (mark) {
      pieces.push(piece('disclosure', mark[0]))
      rest = rest.slice(mark[0].length).trim()
      continue
    }
    const signature = SIGNATURE.exec(rest)
    const orgs = signature ? splitOrgNames(signature[1] ?? '') : null
    if (signature && orgs) {
      pieces.push(piece('signatureOrg', signature[1] ?? ''))
      pieces.push(piece('signatureDate', `${signature[2] ?? ''}${(signature[3] ?? '').trim()}`))
      rest = rest.slice(signature[0].length).trim()
      continue
    }
    const flat = compact(rest)
    const title = [...attachedTitles].find((t) => flat.startsWith(t) && !SENTENCE_END.test(t))
    if (title) {
      const end = endOfCompactPrefix(rest, title.length)
      pieces.push(piece('attachedTitle', rest.slice(0, end)))
      rest = rest.slice(end).trim()
      continue
    }
    pieces.push(piece('text', rest))
    break
  }
  return pieces
}

const ADDRESSEE = /^([^。！？；;:：]{2,200}?[:：])\s*(\S[\s\S]*)$/u

/**
 * The addressee line (主送机关) run into the covering text: "各县(市、区)人民政府,…,
 * 市直各有关单位:《…》已经市人民政府同意…". Returns the two parts, or null.
 */
export function splitAddressee(text: string): [string, string] | null {
  const m = ADDRESSEE.exec(text)
  if (!m) return null
  const addressee = m[1] ?? ''
  return /各|单位|部门|政府|委员会|机关/u.test(addressee) ? [addressee, m[2] ?? ''] : null
}

/**
 * Titles of the text a covering notice distributes: 现将《X》印发给你们,
 * 《X》已经市人民政府同意，现印发给你们. Without spaces, for comparing with lines.
 */
export function findAttachedTitles(text: string): Set<string> {
  const titles = new Set<string>()
  for (const m of text.matchAll(/《([^《》]{2,80})》([^。]{0,30})/gu)) {
    if (/印发|转发|发给|下发/u.test(m[2] ?? '')) titles.add(compact(m[1] ?? ''))
  }
  return titles
}
