/**
 * A page break in a PDF copy splits a paragraph in mid-sentence ("推动政策落实不偏不" /
 * "倚、准确到位。"). A paragraph that stops without closing punctuation, followed by
 * one that does not start a new item, is the same paragraph: join them. Headings,
 * signatures and dates stop without punctuation too, so they are never joined.
 */
import { parseDocumentNumber } from '../documents/documentNumber'
import { PARAGRAPH_END, SENTENCE_END, tightenSpacing } from './chineseText'
import { readDateLine } from './chineseDate'
import { endsLikeTitle } from './documentHeader'
import { splitOrgNames } from './orgNames'
import type { Piece } from './paragraphSplitting'
import { startsWithMarker } from './structureMarkers'

function isHeadingLike(text: string): boolean {
  return startsWithMarker(text) && !SENTENCE_END.test(text) && text.length <= 50
}

function endsOpen(text: string): boolean {
  if (PARAGRAPH_END.test(text) || isHeadingLike(text)) return false
  if (splitOrgNames(text) || readDateLine(text)) return false
  // A long line without punctuation can be a sentence cut by the page ("…政务公开工作汇" /
  // "报,并将…"); one that ends like a title (…的通知) is a title.
  return /[，,、。；;：:]/u.test(text) || (text.length >= 25 && !endsLikeTitle(text))
}

function startsFresh(text: string): boolean {
  if (startsWithMarker(text) || readDateLine(text) !== null || splitOrgNames(text) !== null) return true
  return /^[（(]?此件|^抄送|^附件/u.test(text) || parseDocumentNumber(text).ok
}

/** The pieces with every paragraph broken by a page joined back; counts the joins. */
export function joinPageBreaks(pieces: readonly Piece[]): { pieces: Piece[]; joins: number } {
  const out: Piece[] = []
  let joins = 0
  for (const p of pieces) {
    const last = out.at(-1)
    if (last && last.kind === 'text' && p.kind === 'text' && endsOpen(last.text) && !startsFresh(p.text)) {
      out[out.length - 1] = { kind: 'text', text: tightenSpacing(`${last.text} ${p.text}`), source: `${last.source}\n${p.source}` }
      joins++
    } else {
      out.push(p)
    }
  }
  return { pieces: out, joins }
}
