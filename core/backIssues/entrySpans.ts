/**
 * Where each entry of an issue begins and ends among its text blocks. An entry begins
 * with its title, set larger than the running text; the contents say which titles those
 * are and in what order, so each contents line is looked for among the title-sized
 * blocks (alike, not equal: OCR slips, and the contents may wrap or bracket differently),
 * nearest the page it names. A title-sized block that reads as a document's own title but
 * matches no contents line (unlisted, or listed so garbled by OCR that nothing matched)
 * begins an entry of its own, reported. Without contents, every title-sized block begins
 * an entry unless the entry before it names it as the text it distributes (《…》…印发: the
 * attached text's own title). The 发文字号 or 版头 printed over a title belongs to its
 * entry; a section name (栏目) over it is taken as the entry's section, not as its text.
 */
import { endsLikeTitle, readDocumentNumberLine, readMasthead } from '../import/documentHeader'
import { compact } from '../import/chineseText'
import { organsInTitle } from '../import/orgNames'
import { findAttachedTitles } from '../import/paragraphSplitting'
import type { BackIssueProblem } from './backIssueProblems'
import { similarity } from './characterErrorRate'
import type { Contents, ContentsEntry } from './contentsPages'
import { characters } from './pageText'
import type { TextBlock } from './textBlocks'

export type EntrySpan = {
  /** The block holding the title. */
  title: number
  /** Blocks the title takes (2 when a gap split it). */
  titleBlocks: number
  /** First block of the entry (a 发文字号 or 版头 over the title, else the title). */
  first: number
  /** First block over the title that is not the previous entry's (its section name, else `first`). */
  lead: number
  /** One past the last block. */
  end: number
  /** A section name printed over the title, when there is one. */
  sectionHeading: string | null
  contents: ContentsEntry | null
}

export type SpanOptions = {
  bodySize: number
  /** The file page a printed page number stands for. */
  filePage: (printed: number) => number
}

const TITLE_SIZE = 1.15
const MIN_TITLE_SIMILARITY = 0.7
const BODY_TITLE_SIMILARITY = 0.85
const MAX_SECTION_LENGTH = 16
const MIN_UNLISTED_TITLE = 8
const COVERING_TEXT_LENGTH = 800

export function entrySpans(
  blocks: readonly TextBlock[],
  contents: Contents | null,
  options: SpanOptions,
): { spans: EntrySpan[]; problems: BackIssueProblem[] } {
  const problems: BackIssueProblem[] = []
  const titleSized = (block: TextBlock) => block.size > options.bodySize * TITLE_SIZE && /\p{Script=Han}/u.test(block.text)
  const starts: Array<{ title: number; titleBlocks: number; contents: ContentsEntry | null }> = []

  if (contents && contents.entries.length > 0) {
    let cursor = 0
    for (const entry of contents.entries) {
      const found = findTitle(blocks, entry, cursor, options, titleSized)
      if (found === null) {
        problems.push({ kind: 'contents-unmatched', page: entry.contentsPage, label: entry.label })
        continue
      }
      starts.push({ title: found.index, titleBlocks: found.blocks, contents: entry })
      cursor = found.index + found.blocks
    }
  } else {
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as TextBlock
      if (!titleSized(block) || characters(compact(block.text)).length < 4) continue
      if (isSectionHeading(blocks, index, titleSized)) continue
      const previous = starts.at(-1)
      if (previous && (index < previous.title + previous.titleBlocks || attachedTo(blocks, previous.title, index))) continue
      let titleBlocks = 1
      while (sameTitle(block, blocks[index + titleBlocks])) titleBlocks++
      starts.push({ title: index, titleBlocks, contents: null })
    }
  }

  // A title-sized block that reads as a document's title (…的通知) but that the contents do
  // not list, or list so garbled (OCR) that nothing matched: an entry of its own, reported.
  if (contents && contents.entries.length > 0) {
    const unlisted: typeof starts = []
    let owner = -1
    for (let index = 0; index < blocks.length; index++) {
      const at = starts.findIndex((start) => start.title === index)
      if (at >= 0) {
        owner = index
        index += (starts[at]?.titleBlocks ?? 1) - 1
        continue
      }
      const block = blocks[index] as TextBlock
      if (!titleSized(block) || !readsAsDocumentTitle(blocks, index)) continue
      if (owner >= 0 && attachedTo(blocks, owner, index)) continue
      let titleBlocks = 1
      while (sameTitle(block, blocks[index + titleBlocks])) titleBlocks++
      unlisted.push({ title: index, titleBlocks, contents: null })
      problems.push({ kind: 'unlisted-title', page: block.page, text: block.text })
      owner = index
      index += titleBlocks - 1
    }
    starts.push(...unlisted)
    starts.sort((a, b) => a.title - b.title)
  }

  const spans: EntrySpan[] = []
  const leads: number[] = []
  starts.forEach((start, position) => {
    const floor = position > 0 ? (starts[position - 1]?.title ?? 0) + 1 : 0
    const prelude = preludeOf(blocks, start.title, floor, contents, titleSized)
    leads.push(prelude.lead)
    spans.push({
      title: start.title,
      titleBlocks: start.titleBlocks,
      first: prelude.first,
      lead: prelude.lead,
      end: blocks.length,
      sectionHeading: prelude.section,
      contents: start.contents,
    })
  })
  spans.forEach((span, index) => {
    span.end = leads[index + 1] ?? blocks.length
  })

  // Other title-sized text inside an entry that is not the title of its attached text.
  if (contents && contents.entries.length > 0) {
    for (const span of spans) {
      for (let index = span.title + span.titleBlocks; index < span.end; index++) {
        const block = blocks[index] as TextBlock
        if (titleSized(block) && readsAsWords(block.text) && !attachedTo(blocks, span.title, index)) {
          problems.push({ kind: 'title-in-entry', page: block.page, text: block.text })
        }
      }
    }
  }
  return { spans, problems }
}

/** The title-sized block (or the first block of two) that prints the contents entry's title. */
function findTitle(
  blocks: readonly TextBlock[],
  entry: ContentsEntry,
  cursor: number,
  options: SpanOptions,
  titleSized: (block: TextBlock) => boolean,
): { index: number; blocks: number } | null {
  const expected = entry.printedPage === null ? null : options.filePage(entry.printedPage)
  let best: { index: number; blocks: number; score: number } | null = null
  for (let index = cursor; index < blocks.length; index++) {
    const block = blocks[index] as TextBlock
    if (best && expected !== null && block.page > expected + 5) break
    if (!titleSized(block)) continue
    const next = blocks[index + 1]
    const alone = similarity(block.text, entry.title)
    const joined = next && sameTitle(block, next) ? similarity(`${block.text}${next.text}`, entry.title) : 0
    const alike = Math.max(alone, joined)
    if (alike < MIN_TITLE_SIMILARITY) continue
    // Nearest the page the contents name; without one, the first alike title wins.
    const score = alike - (expected === null ? 0.001 * (index - cursor) : 0.02 * Math.abs(block.page - expected))
    if (!best || score > best.score) best = { index, blocks: joined > alone ? 2 : 1, score }
  }
  if (best) return { index: best.index, blocks: best.blocks }
  // A title printed in the running text's size: only a near-exact match will do.
  const length = characters(entry.title).length
  for (let index = cursor; index < blocks.length; index++) {
    const block = blocks[index] as TextBlock
    if (characters(block.text).length <= length * 1.5 && similarity(block.text, entry.title) >= BODY_TITLE_SIMILARITY)
      return { index, blocks: 1 }
  }
  return null
}

/**
 * Whether a title-sized block reads as a document's own title rather than an attached
 * text's: long enough, ending like a title (…的通知), and naming its issuer (X关于…),
 * starting 关于, or followed by a 发文字号.
 */
function readsAsDocumentTitle(blocks: readonly TextBlock[], index: number): boolean {
  const text = compact(blocks[index]?.text ?? '')
  if (characters(text).length < MIN_UNLISTED_TITLE || !endsLikeTitle(text)) return false
  const next = blocks[index + 1]
  return organsInTitle(text).length > 0 || text.startsWith('关于') || (next !== undefined && readDocumentNumberLine(next.text) !== null)
}

/** Text that can be a heading: six characters or more, nearly all Chinese, no punctuation of running text (not an OCR smudge). */
function readsAsWords(text: string): boolean {
  const chars = characters(compact(text))
  const han = chars.filter((char) => /\p{Script=Han}/u.test(char)).length
  return chars.length >= 6 && han >= 0.8 * chars.length && !/[，,、。；;]/u.test(text)
}

/** A block continuing a title that a gap split: the same size, on the same or the next page. */
function sameTitle(title: TextBlock, next: TextBlock | undefined): boolean {
  return next !== undefined && next.display && Math.abs(next.size - title.size) < 0.1 * title.size && next.page <= title.lastPage + 1
}

/** Whether the block at `index` is the title of the text the entry starting at `title` distributes. */
function attachedTo(blocks: readonly TextBlock[], title: number, index: number): boolean {
  const text = blocks
    .slice(title + 1, index)
    .map((block) => block.text)
    .join('\n')
    .slice(0, COVERING_TEXT_LENGTH)
  const key = compact(blocks[index]?.text ?? '')
  return [...findAttachedTitles(text)].some((attached) => attached === key || similarity(attached, key) >= 0.9)
}

/** A short title-sized block directly over a title of another size: a section name. */
function isSectionHeading(blocks: readonly TextBlock[], index: number, titleSized: (block: TextBlock) => boolean): boolean {
  const block = blocks[index] as TextBlock
  const next = blocks[index + 1]
  return (
    characters(compact(block.text)).length <= MAX_SECTION_LENGTH &&
    next !== undefined &&
    titleSized(next) &&
    Math.abs(next.size - block.size) > 0.1 * block.size
  )
}

/** What stands over a title on its page: a 发文字号 or 版头 (the entry's), a section name (its section). */
function preludeOf(
  blocks: readonly TextBlock[],
  title: number,
  floor: number,
  contents: Contents | null,
  titleSized: (block: TextBlock) => boolean,
): { first: number; lead: number; section: string | null } {
  let first = title
  let lead = title
  let section: string | null = null
  const page = blocks[title]?.page
  for (let index = title - 1; index >= floor; index--) {
    const block = blocks[index] as TextBlock
    if (block.lastPage !== page && block.page !== page) break
    // A section the contents name, or a short line set apart in a size of its own (smaller
    // than the title) or over a title of another size; a 版头 is set larger, and the
    // contents name no 版头.
    const named = contents?.sections.find((name) => similarity(name, block.text) >= 0.8)
    const short = characters(compact(block.text)).length <= MAX_SECTION_LENGTH
    const smaller = block.display && block.size < blocks[title]!.size && !titleSized(block)
    if (named || (short && (smaller || isSectionHeading(blocks, index, titleSized)))) {
      section = named ?? block.text
      lead = index
      break
    }
    if (readDocumentNumberLine(block.text) || readMasthead(block.text)) {
      first = index
      lead = index
      continue
    }
    break
  }
  return { first, lead, section }
}
