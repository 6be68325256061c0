/**
 * The checks on a version history before it is saved or published: one rule, one code, each
 * issue tied to the version and field the editor corrects, with a Chinese message saying
 * what to do (historyMessages.ts). Malformed days are reported, never thrown, so that a form
 * shows every problem at once. Warnings are shown; errors block the save.
 */
import { isCalendarDate } from '../calendar/calendarDate'
import { formatChineseDate } from '../display/chineseDate'
import { historyMessages } from './historyMessages'
import type { DocumentVersion, VersionHistory } from './versionHistory'
import { versionNames } from './versionLabels'

export const historyIssueCodes = [
  'noVersions',
  'firstNotOriginal',
  'originalNotFirst',
  'titleMissing',
  'bodyEmpty',
  'invalidDate',
  'promulgatedMissing',
  'effectiveMissing',
  'effectiveBeforePromulgated',
  'effectiveOutOfOrder',
  'promulgatedOutOfOrder',
  'sameEffectiveDay',
  'amendingMissing',
  'amendingOnOriginal',
  'amendingSelf',
  'effectiveAfterRepeal',
  'effectiveAfterExpiry',
] as const

export type HistoryIssueCode = (typeof historyIssueCodes)[number]

export type HistoryIssue = {
  code: HistoryIssueCode
  severity: 'error' | 'warning'
  /** The version the editor corrects (1-based), or null for the history as a whole. */
  version: number | null
  field: 'versions' | 'kind' | 'title' | 'body' | 'promulgatedDate' | 'effectiveDate' | 'amendedBy'
  message: string
}

type DateField = 'promulgatedDate' | 'effectiveDate'
const dateFieldNames: Record<DateField, string> = { promulgatedDate: '公布日期', effectiveDate: '施行日期' }

function hasText(body: DocumentVersion['body']): boolean {
  return body.some((block) => (block.type === 'list' ? block.items.flat() : block.children).some((node) => node.text.trim() !== ''))
}

export function checkHistory(history: VersionHistory): HistoryIssue[] {
  const issues: HistoryIssue[] = []
  const add = (
    code: HistoryIssueCode,
    version: number | null,
    field: HistoryIssue['field'],
    message: string,
    severity: HistoryIssue['severity'] = 'error',
  ) => issues.push({ code, severity, version, field, message })
  const { versions, end } = history
  if (versions.length === 0) {
    add('noVersions', null, 'versions', historyMessages.noVersions)
    return issues
  }
  const names = versionNames(versions)
  const name = (index: number) => `第${index + 1}个版本“${names[index]?.label ?? ''}”`
  const day = (index: number, field: DateField): string | null => {
    const value = versions[index]?.[field] ?? null
    return isCalendarDate(value) ? value : null
  }
  const repealedOn = isCalendarDate(end.repealedOn) ? end.repealedOn : null
  const expiresOn = isCalendarDate(end.expiresOn) ? end.expiresOn : null

  versions.forEach((version, index) => {
    const n = index + 1
    const v = name(index)
    if (index === 0 && version.kind !== 'original') add('firstNotOriginal', n, 'kind', historyMessages.firstNotOriginal(v))
    if (index > 0 && version.kind === 'original') add('originalNotFirst', n, 'kind', historyMessages.originalNotFirst(v))
    if (version.title.trim() === '') add('titleMissing', n, 'title', historyMessages.titleMissing(v))
    if (!hasText(version.body)) add('bodyEmpty', n, 'body', historyMessages.bodyEmpty(v))

    for (const field of ['promulgatedDate', 'effectiveDate'] as const) {
      const value = version[field]
      if (value === null || value === '') {
        const missing = field === 'promulgatedDate' ? 'promulgatedMissing' : 'effectiveMissing'
        add(missing, n, field, historyMessages[missing](v))
      } else if (!isCalendarDate(value)) {
        add('invalidDate', n, field, historyMessages.invalidDate(v, dateFieldNames[field]))
      }
    }
    const effective = day(index, 'effectiveDate')
    const promulgated = day(index, 'promulgatedDate')
    // A 勘误 is published after the text it corrects and applies from that text's 施行日期.
    if (version.kind !== 'correction' && effective && promulgated && effective < promulgated) {
      add(
        'effectiveBeforePromulgated',
        n,
        'effectiveDate',
        historyMessages.effectiveBeforePromulgated(v, formatChineseDate(effective), formatChineseDate(promulgated)),
        'warning',
      )
    }

    if (version.kind === 'original') {
      if (version.amendedBy !== null) add('amendingOnOriginal', n, 'amendedBy', historyMessages.amendingOnOriginal(v))
    } else {
      const ref = version.amendedBy
      const blank = ref === null || (ref.type === 'citation' ? ref.text.trim() === '' : ref.documentId.trim() === '')
      if (blank && version.kind !== 'correction') add('amendingMissing', n, 'amendedBy', historyMessages.amendingMissing(v))
      if (ref?.type === 'document' && ref.documentId === history.documentId)
        add('amendingSelf', n, 'amendedBy', historyMessages.amendingSelf(v))
    }

    if (effective && repealedOn && effective >= repealedOn) {
      add(
        'effectiveAfterRepeal',
        n,
        'effectiveDate',
        historyMessages.effectiveAfterRepeal(v, formatChineseDate(effective), formatChineseDate(repealedOn)),
      )
    }
    if (effective && expiresOn && effective > expiresOn) {
      add(
        'effectiveAfterExpiry',
        n,
        'effectiveDate',
        historyMessages.effectiveAfterExpiry(v, formatChineseDate(effective), formatChineseDate(expiresOn)),
      )
    }
  })

  // Order: each version against the one before it that has the date.
  for (const field of ['effectiveDate', 'promulgatedDate'] as const) {
    const code = field === 'effectiveDate' ? 'effectiveOutOfOrder' : 'promulgatedOutOfOrder'
    let previous: { index: number; value: string } | null = null
    for (let index = 0; index < versions.length; index++) {
      const value = day(index, field)
      if (value === null) continue
      if (previous !== null && value < previous.value) {
        add(
          code,
          index + 1,
          field,
          historyMessages[code](name(index), formatChineseDate(value), name(previous.index), formatChineseDate(previous.value)),
        )
      }
      previous = { index, value }
    }
  }

  // Two versions taking effect the same day: only a 勘误 may join the text it corrects.
  const firstOnDay = new Map<string, number>()
  versions.forEach((version, index) => {
    const effective = day(index, 'effectiveDate')
    if (effective === null) return
    const earlier = firstOnDay.get(effective)
    if (earlier === undefined) firstOnDay.set(effective, index)
    else if (version.kind !== 'correction') {
      add(
        'sameEffectiveDay',
        index + 1,
        'effectiveDate',
        historyMessages.sameEffectiveDay(name(index), name(earlier), formatChineseDate(effective)),
      )
    }
  })
  return issues
}
