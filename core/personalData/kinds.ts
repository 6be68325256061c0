/**
 * What the personal-data scanner (个人信息检测) reports. Published text is de-identified
 * before 先审查、后公开 lets it out, so every kind carries a severity that tells the
 * reviewer how sure the scanner is that the number belongs to a private person.
 */
export const personalDataKinds = ['id-card', 'bank-card', 'mobile', 'landline', 'plate', 'email', 'office-phone'] as const

export type PersonalDataKind = (typeof personalDataKinds)[number]

/**
 * high: verified by a check digit or unambiguous, and always a person's (mask before publishing);
 * medium: personal as often as not (a home landline, a private plate, a mailbox);
 * low: almost always a public office number, shown so the reviewer can confirm.
 */
export type PersonalDataSeverity = 'high' | 'medium' | 'low'

export const personalDataSeverity: Record<PersonalDataKind, PersonalDataSeverity> = {
  'id-card': 'high',
  'bank-card': 'high',
  mobile: 'high',
  landline: 'medium',
  plate: 'medium',
  email: 'medium',
  'office-phone': 'low',
}

export const personalDataLabels: Record<PersonalDataKind, string> = {
  'id-card': '身份证号码',
  'bank-card': '银行卡号',
  mobile: '手机号码',
  landline: '固定电话号码',
  plate: '机动车号牌',
  email: '电子邮箱',
  'office-phone': '单位电话',
}

export const severityLabels: Record<PersonalDataSeverity, string> = {
  high: '高',
  medium: '中',
  low: '低',
}

export interface PersonalDataHit {
  kind: PersonalDataKind
  severity: PersonalDataSeverity
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number
  end: number
  /** The text as it appears, separators included. */
  text: string
  /** Chinese name of the kind, e.g. 身份证号码. */
  label: string
  /** `text` with all but the first and last characters replaced by *. */
  masked: string
}
