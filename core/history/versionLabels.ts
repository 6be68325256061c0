/**
 * The names of versions as Chinese legal texts write them: 原文, then 2019年第一次修正,
 * 2021年第一次修订, 2022年第二次修正 … Each kind is counted on its own, as the notes under
 * a law's title count them (《公司法》: 第一次修正, 第二次修正, 修订, 第三次修正), and the
 * year is the year the version was made public (公布), else the year it took effect.
 */
import { isCalendarDate } from '../calendar/calendarDate'
import { chineseNumeral } from './chineseNumerals'
import { type VersionKind, versionKindLabels } from './versionHistory'

export type VersionName = {
  /** '原文' or '2019年第一次修正'. */
  label: string
  /** '原文' or '第一次修正', where the year is shown beside it. */
  shortLabel: string
}

type Named = { kind: VersionKind; promulgatedDate: string | null; effectiveDate: string | null }

/** The name of every version, in order. */
export function versionNames(versions: readonly Named[]): VersionName[] {
  const counts: Partial<Record<VersionKind, number>> = {}
  return versions.map((version, index) => {
    // A row whose kind is not chosen yet (a draft being entered) is named by its place.
    if (!Object.hasOwn(versionKindLabels, version.kind)) {
      const place = `第${index + 1}个版本（未选类别）`
      return { label: place, shortLabel: place }
    }
    if (version.kind === 'original') return { label: versionKindLabels.original, shortLabel: versionKindLabels.original }
    const count = (counts[version.kind] ?? 0) + 1
    counts[version.kind] = count
    const shortLabel = `第${chineseNumeral(count)}次${versionKindLabels[version.kind]}`
    const day = [version.promulgatedDate, version.effectiveDate].find(isCalendarDate)
    return { label: day ? `${Number(day.slice(0, 4))}年${shortLabel}` : shortLabel, shortLabel }
  })
}
