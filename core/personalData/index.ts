/**
 * 个人信息检测: finds personal data in a document's text before it is submitted for review
 * and again before it is published, so that identity card numbers, phone numbers, private
 * car plates, bank cards and mailboxes are de-identified (domain.md, Disclosure and review).
 * The parts live in ./personalData/; this module is the entry point.
 */
import { toCalendarDate } from '../calendar/calendarDate'
import { findCandidates, fold, type Candidate } from './detectors'
import { personalDataLabels, personalDataSeverity, type PersonalDataHit, type PersonalDataKind } from './kinds'
import { maskValue } from './mask'

export { idCheckDigit, isResidentIdNumber, luhnValid } from './checks'
export {
  personalDataKinds,
  personalDataLabels,
  personalDataSeverity,
  severityLabels,
  type PersonalDataHit,
  type PersonalDataKind,
  type PersonalDataSeverity,
} from './kinds'
export { maskHit, maskValue, redact } from './mask'

export interface ScanOptions {
  /** 'YYYY-MM-DD'; birth dates after it are implausible. Default: today in Shanghai. */
  today?: string
}

const RANK = { high: 3, medium: 2, low: 1 } as const

/**
 * Every piece of personal data in `text`, in reading order, none overlapping. When two
 * candidates overlap the longer one wins (a mailbox 13800138000@example.com is one hit,
 * and its mask covers the number), then the more severe one.
 */
export function scanPersonalData(text: string, options: ScanOptions = {}): PersonalDataHit[] {
  const today = toCalendarDate(options.today ?? new Date())
  const candidates = findCandidates(fold(text), today).sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || RANK[personalDataSeverity[b.kind]] - RANK[personalDataSeverity[a.kind]] || a.start - b.start,
  )
  const kept: Candidate[] = []
  for (const c of candidates) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start).map((c) => toHit(text, c.kind, c.start, c.end))
}

function toHit(text: string, kind: PersonalDataKind, start: number, end: number): PersonalDataHit {
  const value = text.slice(start, end)
  return {
    kind,
    severity: personalDataSeverity[kind],
    start,
    end,
    text: value,
    label: personalDataLabels[kind],
    masked: maskValue(value),
  }
}

/** '发现疑似个人信息3处：身份证号码1处、手机号码2处', or '未发现疑似个人信息'. */
export function summarizeHits(hits: readonly PersonalDataHit[]): string {
  if (hits.length === 0) return '未发现疑似个人信息'
  const counts = new Map<string, number>()
  for (const hit of hits) counts.set(hit.label, (counts.get(hit.label) ?? 0) + 1)
  const parts = [...counts].map(([label, n]) => `${label}${n}处`)
  return `发现疑似个人信息${hits.length}处：${parts.join('、')}`
}
