import { addDays } from '../calendar/calendarArithmetic'
import { type DocumentKindDefinition, kindHasRule } from './documentKinds'

/**
 * The order a document's dates must keep. Works on calendar days (YYYY-MM-DD), which
 * compare correctly as strings. Returns every broken rule, tied to the field the
 * editor should correct.
 */
export type DocumentDates = {
  /** 成文日期 */
  writtenDate?: string | null
  /** 发布日期 */
  publishedDate?: string | null
  /** 施行日期 */
  effectiveDate?: string | null
  /** 有效期至 */
  expiresOn?: string | null
  /** 废止日期 */
  repealedOn?: string | null
}

export type DateOrderIssue = {
  field: keyof DocumentDates
  code: 'publishedBeforeWritten' | 'effectiveAfterExpiry' | 'repealedBeforeEffective'
}

export function checkDocumentDates(dates: DocumentDates): DateOrderIssue[] {
  const issues: DateOrderIssue[] = []
  const { writtenDate, publishedDate, effectiveDate, expiresOn, repealedOn } = dates
  if (writtenDate && publishedDate && publishedDate < writtenDate) {
    issues.push({ field: 'publishedDate', code: 'publishedBeforeWritten' })
  }
  if (effectiveDate && expiresOn && effectiveDate > expiresOn) {
    issues.push({ field: 'expiresOn', code: 'effectiveAfterExpiry' })
  }
  if (effectiveDate && repealedOn && repealedOn < effectiveDate) {
    issues.push({ field: 'repealedOn', code: 'repealedBeforeEffective' })
  }
  return issues
}

/** 规章制定程序条例 第三十二条: the grounds on which a 规章 may take effect on publication. */
export const shortNoticeGrounds = ['national-security', 'exchange-monetary', 'hindered-by-waiting'] as const
export type ShortNoticeGround = (typeof shortNoticeGrounds)[number]
export const shortNoticeGroundLabels: Record<ShortNoticeGround, string> = {
  'national-security': '涉及国家安全',
  'exchange-monetary': '涉及外汇汇率、货币政策的确定',
  'hindered-by-waiting': '公布后不立即施行将有碍规章施行',
}

/** A 规章 takes effect 30 days after publication at the earliest (第三十二条). */
export const RULE_NOTICE_DAYS = 30

export type DateRuleInput = DocumentDates & {
  kind?: string | null
  /** Why 施行日期 precedes 成文日期 (施行日期说明), when it does on purpose. */
  effectiveDateReason?: string | null
  /** The 第三十二条 exception a 规章 taking effect early relies on. */
  shortNoticeGround?: string | null
  /** The save publishes the document (rules required only at publication apply). */
  publishing?: boolean
}

export type DateRuleIssue = {
  field: 'effectiveDate' | 'expiresOn' | 'shortNoticeGround'
  code: 'effectiveBeforeWritten' | 'effectiveBeforePublished' | 'ruleShortNotice' | 'expiresOnRequired'
  /** A refusal blocks the save; a warning is only shown (施行前刊登). */
  severity: 'refusal' | 'warning'
}

/** `to` is at least `days` calendar days after `from`. */
function atLeastDaysAfter(to: string, from: string, days: number): boolean {
  return to >= addDays(from, days)
}

/**
 * The rules tying 施行日期 to the other dates and to the kind of document: not before
 * 成文日期 unless a reason is recorded; for the kinds printed before they take effect not
 * before 发布日期 (a warning: 施行前刊登); a kind with the 30-day notice (规章) taking
 * effect within 30 days of publication needs a 第三十二条 ground; a kind requiring 有效期至
 * (行政规范性文件) needs it to be published. `kinds` is the gazette's list (documentKinds.ts).
 */
export function checkDateRules(input: DateRuleInput, kinds: readonly DocumentKindDefinition[]): DateRuleIssue[] {
  const issues: DateRuleIssue[] = []
  const { writtenDate, publishedDate, effectiveDate, expiresOn, kind } = input
  if (effectiveDate && writtenDate && effectiveDate < writtenDate && !input.effectiveDateReason?.trim()) {
    issues.push({ field: 'effectiveDate', code: 'effectiveBeforeWritten', severity: 'refusal' })
  }
  if (kindHasRule(kinds, kind, 'printedBeforeEffect') && effectiveDate && publishedDate && effectiveDate < publishedDate) {
    issues.push({ field: 'effectiveDate', code: 'effectiveBeforePublished', severity: 'warning' })
  }
  if (
    kindHasRule(kinds, kind, 'ruleNotice') &&
    effectiveDate &&
    publishedDate &&
    !atLeastDaysAfter(effectiveDate, publishedDate, RULE_NOTICE_DAYS) &&
    !(shortNoticeGrounds as readonly string[]).includes(input.shortNoticeGround ?? '')
  ) {
    issues.push({ field: 'shortNoticeGround', code: 'ruleShortNotice', severity: 'refusal' })
  }
  if (kindHasRule(kinds, kind, 'expiresOnRequired') && input.publishing && !expiresOn) {
    issues.push({ field: 'expiresOn', code: 'expiresOnRequired', severity: 'refusal' })
  }
  return issues
}
