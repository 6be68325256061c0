/**
 * Reading order on a page: columns first, then lines top to bottom. A page is cut
 * (recursive XY-cut, two levels) where a vertical gutter runs between two bodies of
 * text; lines that cross the gutter (a title over both columns, a full-width table)
 * divide the page into bands, and within a band the left column is read before the
 * right. Fragments on the same row of one column (a contents title and its page number,
 * a number and 签发人) are joined into one row, their parts kept.
 */
import { characters, rightOf, type TextLine, type UncertainChar } from './pageText'

export type Row = TextLine & {
  /** The fragments of the row, left to right. */
  parts: TextLine[]
  /** The column the row stands in: its left and right edges. */
  column: { left: number; right: number }
}

/** Each column must hold this share of the text for a gutter to count. */
const COLUMN_SHARE = 0.2
/** Lines crossing a gutter may be at most this share of the lines. */
const CROSSING_SHARE = 0.3
const MIN_COLUMN_LINES = 3

export function readingOrder(lines: readonly TextLine[], depth = 2): Row[] {
  if (lines.length === 0) return []
  const gutter = depth > 0 ? findGutter(lines) : null
  if (gutter === null) return rowsOf(lines)
  const crosses = (line: TextLine) => line.x < gutter - 1 && rightOf(line) > gutter + 1
  const out: Row[] = []
  let band: TextLine[] = []
  const flush = () => {
    out.push(
      ...readingOrder(
        band.filter((line) => rightOf(line) <= gutter + 1),
        depth - 1,
      ),
    )
    out.push(
      ...readingOrder(
        band.filter((line) => rightOf(line) > gutter + 1),
        depth - 1,
      ),
    )
    band = []
  }
  for (const line of [...lines].sort((a, b) => a.y - b.y || a.x - b.x)) {
    if (crosses(line)) {
      flush()
      out.push(...rowsOf([line]))
    } else band.push(line)
  }
  flush()
  return out
}

/** The x of a gutter between two columns, or null for a single column. */
export function findGutter(lines: readonly TextLine[]): number | null {
  const left = Math.min(...lines.map((line) => line.x))
  const right = Math.max(...lines.map(rightOf))
  const em = medianSize(lines)
  const total = lines.reduce((sum, line) => sum + characters(line.text).length, 0)
  let best: { x: number; crossing: number } | null = null
  for (let x = left + (right - left) * 0.25; x <= left + (right - left) * 0.75; x += em / 4) {
    const crossing = lines.filter((line) => line.x < x - 1 && rightOf(line) > x + 1).length
    if (!best || crossing < best.crossing) best = { x, crossing }
  }
  if (!best || best.crossing > lines.length * CROSSING_SHARE) return null
  const x = best.x
  const leftLines = lines.filter((line) => rightOf(line) <= x + 1)
  const rightLines = lines.filter((line) => line.x >= x - 1)
  const share = (side: readonly TextLine[]) => side.reduce((sum, line) => sum + characters(line.text).length, 0) / Math.max(1, total)
  if (leftLines.length < MIN_COLUMN_LINES || rightLines.length < MIN_COLUMN_LINES) return null
  if (share(leftLines) < COLUMN_SHARE || share(rightLines) < COLUMN_SHARE) return null
  // Two columns of running text both reach the gutter, lines of each flush with its edge;
  // a column of page numbers or short labels beside a text does not make a second column.
  const gapLeft = Math.max(...leftLines.map(rightOf))
  const gapRight = Math.min(...rightLines.map((line) => line.x))
  const fullLeft = leftLines.filter((line) => rightOf(line) > gapLeft - em).length
  const fullRight = rightLines.filter((line) => line.x < gapRight + em).length
  if (fullLeft < MIN_COLUMN_LINES || fullRight < MIN_COLUMN_LINES) return null
  // Centre the cut in the empty strip it found.
  return gapRight > gapLeft ? (gapLeft + gapRight) / 2 : x
}

function medianSize(lines: readonly TextLine[]): number {
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b)
  return sizes[Math.floor(sizes.length / 2)] ?? 1
}

/** Lines of one column as rows, top to bottom. */
function rowsOf(lines: readonly TextLine[]): Row[] {
  if (lines.length === 0) return []
  const column = { left: Math.min(...lines.map((line) => line.x)), right: Math.max(...lines.map(rightOf)) }
  const sorted = [...lines].sort((a, b) => a.y - b.y || a.x - b.x)
  const groups: TextLine[][] = []
  for (const line of sorted) {
    const group = groups.at(-1)
    const first = group?.[0]
    if (group && first && Math.abs(line.y - first.y) < 0.5 * Math.min(line.size, first.size)) group.push(line)
    else groups.push([line])
  }
  return groups.map((group) =>
    joinRow(
      [...group].sort((a, b) => a.x - b.x),
      column,
    ),
  )
}

function joinRow(parts: TextLine[], column: Row['column']): Row {
  let text = ''
  const uncertain: UncertainChar[] = []
  for (const part of parts) {
    if (text !== '') text += ' '
    const offset = characters(text).length
    for (const char of part.uncertain ?? []) uncertain.push({ ...char, index: char.index + offset })
    text += part.text
  }
  const x = Math.min(...parts.map((part) => part.x))
  const right = Math.max(...parts.map(rightOf))
  return {
    text,
    x,
    y: Math.min(...parts.map((part) => part.y)),
    width: right - x,
    // The size of the row's main text: a stray mark or a page number beside it must not make it a title.
    size: parts.reduce((main, part) => (characters(part.text).length > characters(main.text).length ? part : main)).size,
    ...(uncertain.length > 0 ? { uncertain } : {}),
    parts,
    column,
  }
}
