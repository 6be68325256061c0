/**
 * The body as blocks for the editor: headings by level (一、 → 2; a (一) line standing
 * alone → 3; numbered items 1. stay paragraphs, as GB/T 9704 runs them into the text),
 * paragraphs, and the right-aligned signature and 印发 lines.
 */
import { compact, SENTENCE_END } from './chineseText'
import type { Piece } from './paragraphSplitting'
import { LEVEL_ONE, LEVEL_TWO } from './structureMarkers'
import type { BodyBlock } from './types'

const MAX_HEADING_LENGTH = 50

/** The heading level of a paragraph's text, or null for running text. */
export function headingLevel(text: string): 2 | 3 | null {
  if (text.length > MAX_HEADING_LENGTH || SENTENCE_END.test(text)) return null
  if (LEVEL_ONE.test(text) || /^第[一二三四五六七八九十百零〇]+章/u.test(text)) return 2
  if (LEVEL_TWO.test(text) || /^第[一二三四五六七八九十百零〇]+节/u.test(text)) return 3
  return null
}

/**
 * Builds the blocks; `endAligned` holds the indexes of signature and 印发 pieces. With
 * `authoredSpacing` (a web page, whose spaces an editor typed: "第三十六条　本条例…"),
 * a piece that differs from its source only in spacing keeps the source's single spaces.
 */
export function toBodyBlocks(pieces: readonly Piece[], endAligned: ReadonlySet<number>, authoredSpacing = false): BodyBlock[] {
  const spaced = (p: Piece): Piece => {
    const source = p.source.replace(/\s+/gu, ' ').trim()
    return source !== p.text && compact(source) === compact(p.text) ? { ...p, text: source } : p
  }
  const blocks = (authoredSpacing ? pieces.map(spaced) : pieces).map((p, i): BodyBlock => {
    if (endAligned.has(i)) return { type: 'paragraph', text: p.text, align: 'end' }
    if (p.kind === 'attachedTitle') return { type: 'heading', level: 2, text: p.text }
    const level = p.kind === 'text' ? headingLevel(p.text) : null
    return level ? { type: 'heading', level, text: p.text } : { type: 'paragraph', text: p.text, align: 'start' }
  })
  return splitRunInHeadings(blocks)
}

function commonSuffix(texts: readonly string[]): string {
  const first = texts[0] ?? ''
  let n = 0
  while (n < first.length && texts.every((t) => t.length > n && t[t.length - 1 - n] === first[first.length - 1 - n])) n++
  return first.slice(first.length - n)
}

/**
 * A (一) heading whose text ran into its paragraph ("(一)以权责清单…公开促廉政在政府门户
 * 网站及时公布…"). Sibling headings in the same section share their ending (…促廉政), so
 * where a (一) paragraph holds that ending before its first full stop, the heading
 * stops there.
 */
function splitRunInHeadings(blocks: readonly BodyBlock[]): BodyBlock[] {
  const out: BodyBlock[] = []
  let section: BodyBlock[] = []
  const flush = () => {
    const siblings = section.filter((b) => b.type === 'heading' && b.level === 3).map((b) => b.text)
    const ending = siblings.length >= 2 ? commonSuffix(siblings) : ''
    for (const block of section) {
      const head = block.type === 'paragraph' && LEVEL_TWO.test(block.text) ? runInHeading(block.text, ending) : null
      if (head)
        out.push({ type: 'heading', level: 3, text: head }, { type: 'paragraph', text: block.text.slice(head.length), align: 'start' })
      else out.push(block)
    }
    section = []
  }
  for (const block of blocks) {
    if (block.type === 'heading' && block.level === 2) flush()
    section.push(block)
  }
  flush()
  return out
}

const MIN_SHARED_ENDING = 3

/** The heading at the start of `text` that ends with (the tail of) the siblings' shared ending, or null. */
function runInHeading(text: string, ending: string): string | null {
  // Siblings may share more than this one does (信息公开促廉政 against 清单公开促廉政): try shorter tails.
  for (let n = ending.length; n >= MIN_SHARED_ENDING; n--) {
    const at = text.indexOf(ending.slice(ending.length - n))
    if (at < 0) continue
    const head = text.slice(0, at + n)
    return head.length < text.length && head.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(head) ? head : null
  }
  return null
}
