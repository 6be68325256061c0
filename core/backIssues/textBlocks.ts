/**
 * From rows in reading order to blocks: paragraphs of running text, and display lines
 * (titles, section names) set in another size. Paragraphs are read from the geometry
 * GB/T 9704 prescribes: a paragraph's first line is indented two characters, its other
 * lines run from margin to margin, its last line may stop short. So a row starts a new
 * paragraph when it is indented further than the row before, when the row before
 * stopped short, when the size changes, when it stands apart (centred, right-aligned: a
 * signature, a date, a 发文字号) or after a wider gap than the line pitch. A page break
 * alone never ends a paragraph: a full last line continues on the next page.
 */
import { tightenSpacing } from '../import/chineseText'
import { readDocumentNumberLine } from '../import/documentHeader'
import { canonicalColumns, type ColumnBox } from './columnBoxes'
import { characters, rightOf } from './pageText'
import type { Row } from './readingOrder'

export type PlacedRow = Row & { page: number }

/** A character OCR was unsure of, with the text around it to find it by; `read`: what OCR read where the reader corrected it. */
export type UncertainSpot = { page: number; char: string; confidence: number; context: string; read?: string }

export type TextBlock = {
  /** The rows as printed. */
  lines: string[]
  /** The rows joined, spacing repaired (no spaces between Chinese characters). */
  text: string
  page: number
  lastPage: number
  size: number
  /** Set in a size other than the running text's: a title, a section name. */
  display: boolean
  /** Indented more than three characters: centred or right-aligned (a signature, a date, a 发文字号). */
  standalone: boolean
  uncertain: UncertainSpot[]
}

/** Sizes within this ratio of the running text's are the running text's. */
const SAME_SIZE = 0.15
const CONTEXT = 8

export type BlockOptions = { bodySize: number; pitch: number }

export function textBlocks(rows: readonly PlacedRow[], options: BlockOptions): TextBlock[] {
  const columns = canonicalColumns(rows)
  const blocks: Array<TextBlock & { rows: Array<{ row: PlacedRow; column: ColumnBox }> }> = []
  rows.forEach((row, index) => {
    const column = columns[index] ?? row.column
    const current = blocks.at(-1)
    const previous = current?.rows.at(-1)
    if (current && previous && continues(current.rows, previous, { row, column }, options)) {
      current.rows.push({ row, column })
      current.lastPage = row.page
    } else {
      blocks.push({
        lines: [],
        text: '',
        page: row.page,
        lastPage: row.page,
        size: row.size,
        display: isDisplay(row.size, options.bodySize),
        standalone: isStandalone(row, column),
        uncertain: [],
        rows: [{ row, column }],
      })
    }
  })
  return blocks.map(({ rows: members, ...block }) => ({
    ...block,
    lines: members.map((member) => member.row.text),
    text: joinRows(members.map((member) => member.row.text)),
    uncertain: members.flatMap((member) => uncertainSpots(member.row)),
  }))
}

/**
 * The rows of a paragraph as one text. A line break between Chinese characters or digits
 * is no space (a number may break across lines: 第3 / 4项); between two Latin letters it
 * is the space the line break stood for. Spaces inside a row are repaired as the importer
 * repairs a copy's.
 */
export function joinRows(rows: readonly string[]): string {
  let text = ''
  for (const row of rows) {
    const next = row.trim()
    text += /[A-Za-z]$/u.test(text) && /^[A-Za-z]/u.test(next) ? ` ${next}` : next
  }
  return tightenSpacing(text)
}

function isDisplay(size: number, bodySize: number): boolean {
  return Math.abs(size / bodySize - 1) > SAME_SIZE
}

const indentOf = (row: Row, column: ColumnBox) => (row.x - column.left) / row.size
const shortOf = (row: Row, column: ColumnBox) => (column.right - rightOf(row)) / row.size

function isStandalone(row: Row, column: ColumnBox): boolean {
  return indentOf(row, column) > 3
}

type Member = { row: PlacedRow; column: ColumnBox }

function continues(block: readonly Member[], previous: Member, next: Member, options: BlockOptions): boolean {
  const { row } = next
  const sameSize = Math.abs(row.size / previous.row.size - 1) <= SAME_SIZE / 2
  if (!sameSize) return false
  // The vertical gap means something only within one column of one page.
  const samePlace = row.page === previous.row.page && next.column.left === previous.column.left
  const gap = samePlace ? row.y - previous.row.y : null
  if (isDisplay(row.size, options.bodySize)) {
    // A title over several lines: same size, one line under the other (or on the next page);
    // a 发文字号 under it stands apart even when OCR measured it at the title's size.
    return (gap === null || gap <= 2.2 * row.size) && readDocumentNumberLine(row.text) === null
  }
  if (gap !== null && gap > 1.6 * options.pitch) return false
  if (isStandalone(previous.row, previous.column) || isStandalone(row, next.column)) return false
  if (shortOf(previous.row, previous.column) > 1.5) return false
  const indent = indentOf(row, next.column)
  const previousIndent = indentOf(previous.row, previous.column)
  if (indent > previousIndent + 1.2) return false
  // Two rows indented alike, the first a paragraph's first line: two paragraphs of one full line each.
  if (block.length === 1 && indent >= 1.5 && Math.abs(indent - previousIndent) < 0.5) return false
  return true
}

function uncertainSpots(row: PlacedRow): UncertainSpot[] {
  const chars = characters(row.text)
  return (row.uncertain ?? []).flatMap((spot) => {
    const char = chars[spot.index]
    if (char === undefined || char.trim() === '') return []
    const context = chars.slice(Math.max(0, spot.index - CONTEXT), spot.index + CONTEXT + 1).join('')
    return [{ page: row.page, char, confidence: spot.confidence, context, ...(spot.read === undefined ? {} : { read: spot.read }) }]
  })
}
