/**
 * What changed between two texts, unit by unit (textStructure.ts: articles where the texts
 * have them, paragraphs otherwise): each unit of either text is added, deleted, changed,
 * renumbered or unchanged, and a changed one carries its word-level diff (wordDiff.ts).
 *
 * How units are matched, in three steps, always keeping both texts' order:
 * 1. Anchors: the longest sequence, in order, of units whose text is identical (folded, so width
 *    and spacing do not count), found by jsdiff's diffArrays over the units. An anchor under
 *    another number is renumbered (a 修正 that inserts 第三十二条 moves every later article on).
 * 2. Between two anchors, the units left on each side are paired by how alike their texts are
 *    (wordDiff.ts similarity), the most alike first, never crossing a pair already made. An
 *    article keeping its number needs less (≥ 0.3: a 修正 often rewrites an article under its
 *    own number) and counts a little more (+0.1) than one under another number (≥ 0.5: an
 *    article rewritten and moved). Large gaps (a 修订) compare units under another number only
 *    near the same relative position.
 * 3. What is left is deleted (only in the old text) or added (only in the new one).
 */
import { diffArrays } from 'diff'

import type { Block } from '../text/blocks'
import { foldText } from './chineseWords'
import { textStructure, type TextUnit } from './textStructure'
import { similarity, wordDiff, type WordChange } from './wordDiff'

export const unitChangeStatuses = ['added', 'deleted', 'changed', 'renumbered', 'unchanged'] as const

export type UnitChangeStatus = (typeof unitChangeStatuses)[number]

export type UnitComparison = {
  status: UnitChangeStatus
  /** The unit in the old text; null when added. */
  before: TextUnit | null
  /** The unit in the new text; null when deleted. */
  after: TextUnit | null
  /** The article's number changed: renumbered, or changed and renumbered. */
  moved: boolean
  /** For a changed unit, its words kept, removed and added; null otherwise. */
  words: WordChange[] | null
}

/** The changes by label, as the amending decision lists them: 修改第十一条, 增加第三十二条. */
export type ChangeSummary = {
  /** Changed units, by their new label. */
  changed: string[]
  /** Added units, by their new label. */
  added: string[]
  /** Deleted units, by their old label. */
  deleted: string[]
  /** Articles under a new number, changed or not (将第十五条改为第十四条). */
  renumbered: { from: string; to: string }[]
}

export type TextComparison = {
  /** How the new text is divided. */
  shape: 'articles' | 'paragraphs'
  /** Every unit of either text, in the new text's order, deleted ones where they stood. */
  units: UnitComparison[]
  summary: ChangeSummary
}

const SAME_NUMBER_SIMILARITY = 0.3
const MOVED_SIMILARITY = 0.5
const SAME_NUMBER_BONUS = 0.1
/** Past this many candidate pairs in one gap, only units near the same relative position are compared. */
const FULL_GAP_PAIRS = 400
const NEAR = 8

type Pair = { before: number; after: number }

const identical = (a: TextUnit, b: TextUnit): boolean => a.kind === b.kind && foldText(a.text) === foldText(b.text)

function sameNumber(a: TextUnit, b: TextUnit): boolean {
  return a.kind === 'article' && b.kind === 'article' && a.number === b.number && a.sub === b.sub
}

function moved(a: TextUnit, b: TextUnit): boolean {
  return a.kind === 'article' && b.kind === 'article' && !sameNumber(a, b)
}

/** Pairs units of one gap (indices into the old and the new units), keeping their order. */
function pairGap(before: readonly TextUnit[], removed: readonly number[], after: readonly TextUnit[], added: readonly number[]): Pair[] {
  const pairs: Pair[] = []
  const used = { before: new Set<number>(), after: new Set<number>() }
  const inOrder = (p: Pair) => pairs.every((q) => (q.before < p.before && q.after < p.after) || (q.before > p.before && q.after > p.after))
  const accept = (p: Pair) => {
    pairs.push(p)
    used.before.add(p.before)
    used.after.add(p.after)
  }
  const everything = removed.length * added.length <= FULL_GAP_PAIRS
  const scale = added.length / Math.max(1, removed.length)
  const candidates: (Pair & { score: number })[] = []
  removed.forEach((r, ri) => {
    added.forEach((a, ai) => {
      const old = before[r] as TextUnit
      const now = after[a] as TextUnit
      const keepsNumber = sameNumber(old, now)
      if (!keepsNumber && !everything && Math.abs(ri * scale - ai) > NEAR) return
      const threshold = keepsNumber ? SAME_NUMBER_SIMILARITY : MOVED_SIMILARITY
      const alike = similarity(old.text, now.text, threshold)
      // Keeping its number counts for an article, but less than being plainly the same text elsewhere.
      if (alike >= threshold) candidates.push({ before: r, after: a, score: alike + (keepsNumber ? SAME_NUMBER_BONUS : 0) })
    })
  })
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.before - x.after) - Math.abs(y.before - y.after))
  for (const c of candidates) {
    if (!used.before.has(c.before) && !used.after.has(c.after) && inOrder(c)) accept({ before: c.before, after: c.after })
  }
  return pairs.sort((x, y) => x.before - y.before)
}

function compared(before: TextUnit | null, after: TextUnit | null): UnitComparison {
  if (before === null) return { status: 'added', before, after, moved: false, words: null }
  if (after === null) return { status: 'deleted', before, after, moved: false, words: null }
  const isMoved = moved(before, after)
  if (foldText(before.text) === foldText(after.text)) {
    return { status: isMoved ? 'renumbered' : 'unchanged', before, after, moved: isMoved, words: null }
  }
  return { status: 'changed', before, after, moved: isMoved, words: wordDiff(before.text, after.text) }
}

function summarize(units: readonly UnitComparison[]): ChangeSummary {
  const summary: ChangeSummary = { changed: [], added: [], deleted: [], renumbered: [] }
  for (const unit of units) {
    if (unit.status === 'changed' && unit.after) summary.changed.push(unit.after.label)
    if (unit.status === 'added' && unit.after) summary.added.push(unit.after.label)
    if (unit.status === 'deleted' && unit.before) summary.deleted.push(unit.before.label)
    if (unit.moved && unit.before && unit.after) summary.renumbered.push({ from: unit.before.label, to: unit.after.label })
  }
  return summary
}

/** Compares two bodies in the snapshot's block format. */
export function compareTexts(beforeBody: readonly Block[], afterBody: readonly Block[]): TextComparison {
  const before = textStructure(beforeBody).units
  const afterStructure = textStructure(afterBody)
  const after = afterStructure.units
  const units: UnitComparison[] = []
  let oldAt = 0
  let newAt = 0
  let removed: number[] = []
  let added: number[] = []

  const flushGap = () => {
    const pairs = pairGap(before, removed, after, added)
    const pairedBefore = new Set(pairs.map((p) => p.before))
    const pairedAfter = new Set(pairs.map((p) => p.after))
    let r = 0
    let a = 0
    const emitUntil = (oldLimit: number, newLimit: number) => {
      for (; r < removed.length && (removed[r] as number) < oldLimit; r++) {
        if (!pairedBefore.has(removed[r] as number)) units.push(compared(before[removed[r] as number] as TextUnit, null))
      }
      for (; a < added.length && (added[a] as number) < newLimit; a++) {
        if (!pairedAfter.has(added[a] as number)) units.push(compared(null, after[added[a] as number] as TextUnit))
      }
    }
    for (const p of pairs) {
      emitUntil(p.before, p.after)
      units.push(compared(before[p.before] as TextUnit, after[p.after] as TextUnit))
    }
    emitUntil(Infinity, Infinity)
    removed = []
    added = []
  }

  for (const part of diffArrays([...before], [...after], { comparator: identical })) {
    const count = part.count
    if (part.removed) {
      for (let i = 0; i < count; i++) removed.push(oldAt + i)
      oldAt += count
    } else if (part.added) {
      for (let i = 0; i < count; i++) added.push(newAt + i)
      newAt += count
    } else {
      flushGap()
      for (let i = 0; i < count; i++) units.push(compared(before[oldAt + i] as TextUnit, after[newAt + i] as TextUnit))
      oldAt += count
      newAt += count
    }
  }
  flushGap()
  return { shape: afterStructure.shape, units, summary: summarize(units) }
}
