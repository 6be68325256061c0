/**
 * From the runs of text a PDF's text layer holds (pdf.js gives one per font change or
 * glyph positioning jump, with the spaces between them as runs of their own) to lines:
 * runs on the same baseline are joined while they follow each other closely, and split
 * where a wide gap separates them (a contents line's page number, a second column), so
 * that columns and right-aligned numbers stay apart for the reading order to place.
 */
import { rightOf, type TextLine } from './pageText'

export type TextRun = {
  text: string
  x: number
  /** Baseline, from the top of the page. */
  baseline: number
  width: number
  size: number
}

/** Runs on baselines closer than this (in em) share a line. */
const SAME_BASELINE = 0.3
/** A gap wider than this (in em) between runs on a line starts a new line fragment. */
const SPLIT_GAP = 1.5
/** A gap wider than this (in em) between two runs of one fragment is a space. */
const SPACE_GAP = 0.25
/** How far above the baseline a line's top is, in em (CJK faces: about 0.88). */
const ASCENT = 0.88

export function linesFromRuns(runs: readonly TextRun[]): TextLine[] {
  const visible = runs.filter((run) => run.text.trim() !== '' && run.size > 0)
  const sorted = [...visible].sort((a, b) => a.baseline - b.baseline || a.x - b.x)
  const rows: TextRun[][] = []
  for (const run of sorted) {
    const row = rows.at(-1)
    const first = row?.[0]
    if (row && first && Math.abs(run.baseline - first.baseline) <= SAME_BASELINE * Math.min(run.size, first.size)) row.push(run)
    else rows.push([run])
  }
  return rows.flatMap((row) => fragments([...row].sort((a, b) => a.x - b.x)))
}

function fragments(row: readonly TextRun[]): TextLine[] {
  const out: TextLine[] = []
  let current: { runs: TextRun[]; text: string } | null = null
  for (const run of row) {
    const last = current?.runs.at(-1)
    const gap = last ? run.x - rightOf(last) : 0
    const size = Math.max(run.size, last?.size ?? 0)
    if (current && last && gap <= SPLIT_GAP * size) {
      current.text += (gap > SPACE_GAP * size ? ' ' : '') + run.text
      current.runs.push(run)
    } else {
      if (current) out.push(toLine(current.runs, current.text))
      current = { runs: [run], text: run.text }
    }
  }
  if (current) out.push(toLine(current.runs, current.text))
  return out
}

function toLine(runs: readonly TextRun[], text: string): TextLine {
  const size = Math.max(...runs.map((run) => run.size))
  const x = Math.min(...runs.map((run) => run.x))
  const right = Math.max(...runs.map(rightOf))
  const baseline = Math.max(...runs.map((run) => run.baseline))
  return { text: text.replace(/\s+/g, ' ').trim(), x, y: baseline - ASCENT * size, width: right - x, size }
}
