/**
 * The running text's type size and line pitch in an issue, against which titles (larger),
 * section names (other sizes) and paragraph gaps are told apart. The size is the median
 * weighted by characters, so a few large titles do not move it; the pitch is the usual
 * distance between consecutive lines of running text in one column.
 */
import { characters } from './pageText'
import type { PlacedRow } from './textBlocks'

export type RunningText = { bodySize: number; pitch: number }

export function runningText(rows: readonly PlacedRow[]): RunningText {
  const weighted = rows.map((row) => ({ size: row.size, weight: characters(row.text).length })).sort((a, b) => a.size - b.size)
  const total = weighted.reduce((sum, item) => sum + item.weight, 0)
  let seen = 0
  let bodySize = weighted[0]?.size ?? 1
  for (const item of weighted) {
    seen += item.weight
    if (seen >= total / 2) {
      bodySize = item.size
      break
    }
  }
  const gaps: number[] = []
  rows.forEach((row, index) => {
    const previous = rows[index - 1]
    if (!previous || previous.page !== row.page || previous.column.left !== row.column.left) return
    if (Math.abs(row.size / bodySize - 1) > 0.15 || Math.abs(previous.size / bodySize - 1) > 0.15) return
    const gap = row.y - previous.y
    if (gap > 0.8 * bodySize && gap < 3 * bodySize) gaps.push(gap)
  })
  gaps.sort((a, b) => a - b)
  return { bodySize, pitch: gaps[Math.floor(gaps.length / 2)] ?? 1.6 * bodySize }
}
