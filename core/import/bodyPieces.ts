/**
 * From the lines left once the header, metadata and furniture are gone, to the body's
 * paragraphs: lines split where a flattened copy ran paragraphs together, header lines
 * and runs of paragraphs that a doubled page repeats dropped, the addressee set apart
 * from the covering text, and paragraphs cut by a page break joined.
 */
import { compact, tightenSpacing } from './chineseText'
import type { DocumentHeader } from './documentHeader'
import { joinPageBreaks } from './pageBreaks'
import { findAttachedTitles, peelSegment, type Piece, splitAddressee, splitLine } from './paragraphSplitting'
import { findRepeatedRuns } from './repeatedText'

/** How far into the body the covering notice names the text it distributes. */
const COVERING_TEXT_LENGTH = 800

export type BodyPieces = {
  pieces: Piece[]
  /** Whether the file held (part of) its text twice. */
  repeated: boolean
}

/** `pageBreaks: false` for a web page, whose lines are paragraphs no page break cut. */
export function readBodyPieces(bodyLines: readonly string[], header: DocumentHeader, options: { pageBreaks?: boolean } = {}): BodyPieces {
  // A page that holds the text twice repeats its header lines too.
  const headerTexts = new Set(
    [header.title?.value, header.docNumber?.value.raw, header.masthead?.source].filter((t): t is string => t !== undefined).map(compact),
  )
  const segments = bodyLines.flatMap(splitLine).filter((segment) => !headerTexts.has(compact(segment)))
  // Before anything else is split off, so that both copies still read the same.
  const repeatedRuns = findRepeatedRuns(segments)
  const unique = segments.filter((_, i) => !repeatedRuns.has(i))

  const attachedTitles = findAttachedTitles(unique.join('\n').slice(0, COVERING_TEXT_LENGTH))
  const pieces: Piece[] = []
  for (const segment of unique) {
    const peeled = peelSegment(segment, attachedTitles)
    // The attached text's title appears once; later lines that start the same way are text.
    for (const p of peeled) if (p.kind === 'attachedTitle') attachedTitles.delete(compact(p.text))
    pieces.push(...peeled)
  }
  const first = pieces.findIndex((p) => p.kind === 'text')
  const addressee = first >= 0 ? splitAddressee(pieces[first]?.source ?? '') : null
  if (addressee) {
    const [to, rest] = addressee
    pieces.splice(
      first,
      1,
      { kind: 'addressee', text: tightenSpacing(to), source: to.trim() },
      { kind: 'text', text: tightenSpacing(rest), source: rest.trim() },
    )
  }
  return { pieces: options.pageBreaks === false ? pieces : joinPageBreaks(pieces).pieces, repeated: repeatedRuns.size > 0 }
}
