/**
 * Comparisons between the versions of a history: any two (the reader's 对照), and each
 * version against the one before it, which is the list of articles every 修正, 修订 or 勘误
 * changed. That list is derived from the texts, never typed by hand, so it cannot disagree
 * with them; test/unit/history/realAmendment.test.ts checks it against a real decision's own
 * list of changes.
 */
import { compareTexts, type ChangeSummary, type TextComparison } from './compareTexts'
import type { AmendingRef, VersionHistory, VersionKind } from './versionHistory'
import { versionNames } from './versionLabels'

/** Compares version `from` with version `to` (1-based numbers). Throws RangeError for a version the history lacks. */
export function compareVersions(history: VersionHistory, from: number, to: number): TextComparison {
  const before = history.versions[from - 1]
  const after = history.versions[to - 1]
  if (!Number.isInteger(from) || !Number.isInteger(to) || before === undefined || after === undefined) {
    throw new RangeError(`没有第${String(from)}或第${String(to)}个版本：本文件共有${history.versions.length}个版本`)
  }
  return compareTexts(before.body, after.body)
}

export type VersionChanges = {
  /** The version (2 and on), compared with the one before it. */
  number: number
  kind: VersionKind
  label: string
  amendedBy: AmendingRef | null
  changes: ChangeSummary
}

/** What each version after the 原文 changed, in order. */
export function changesByVersion(history: VersionHistory): VersionChanges[] {
  const names = versionNames(history.versions)
  return history.versions.slice(1).map((version, index) => ({
    number: index + 2,
    kind: version.kind,
    label: names[index + 1]?.label ?? '',
    amendedBy: version.amendedBy,
    changes: compareVersions(history, index + 1, index + 2).summary,
  }))
}
