/**
 * Finds candidate spans for each kind. Every pattern runs on a folded copy of the text
 * (full-width digits, letters and punctuation made ASCII one character for one), so the
 * offsets found are offsets in the original text.
 */
import { isResidentIdNumber, luhnValid } from './checks'
import type { PersonalDataKind } from './kinds'

export interface Candidate {
  kind: PersonalDataKind
  start: number
  end: number
}

/** Full-width forms are one UTF-16 unit each, like their ASCII twins: lengths stay equal. */
export function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

// A number inside a longer run of digits or letters, or next to a decimal point or a
// thousands comma, is part of something else (a 20-digit account, 91350100M000100Y43,
// 1234567.89元) and is not reported.
const NOT_AFTER = String.raw`(?<![0-9A-Za-z])(?<!\d[.,])`
const NOT_BEFORE = String.raw`(?![0-9A-Za-z])(?![.,]\d)`
// Space-grouped numbers must not continue with another group either.
const GROUP_NOT_AFTER = String.raw`(?<![0-9A-Za-z] ?)(?<!\d[.,])`
const GROUP_NOT_BEFORE = String.raw`(?! ?[0-9A-Za-z])(?![.,]\d)`

const DIGIT_RUN = new RegExp(`${NOT_AFTER}\\d{15,19}[Xx]?${NOT_BEFORE}`, 'g')
const GROUPED_ID = new RegExp(`${GROUP_NOT_AFTER}\\d{6} \\d{8} \\d{3}[\\dXx]${GROUP_NOT_BEFORE}`, 'g')
const GROUPED_CARD = new RegExp(`${GROUP_NOT_AFTER}\\d{4}(?: \\d{4}){3}(?: \\d{1,3})?${GROUP_NOT_BEFORE}`, 'g')

// +86 / 0086 / (+86), then 1[3-9]x xxxx xxxx with one separator style throughout.
const MOBILE = new RegExp(`${NOT_AFTER}(?:(?:\\+86|0086|\\(\\+?86\\))[ -]?)?1[3-9]\\d([ -]?)\\d{4}\\1\\d{4}${NOT_BEFORE}`, 'g')

// 010, 02x, 0[3-9]xx, then 7–8 digits not starting with 0 (the separator already marks it a phone).
const AREA = '(?:010|02\\d|0[3-9]\\d{2})'
const LANDLINE = new RegExp(`${NOT_AFTER}(?:${AREA}[-‐‑–—]|\\(${AREA}\\) ?)[1-9]\\d{6,7}${NOT_BEFORE}`, 'g')
// A bare local number counts only right after a telephone label.
const LABELLED_LOCAL = new RegExp(`(?:电话|热线|传真|总机)(?:号码)?[:： ]*(?<number>[2-9]\\d{6,7})${NOT_BEFORE}`, 'dg')
// Labels that name an office line; a labelled 联系电话 can be anybody's and is not here.
const OFFICE_LABEL = /(?:(?:咨询|办公|值班|投诉|举报|监督|服务|受理|办事|政务|热线)电话|热线|传真|总机)(?:号码)?[:： ]*$/

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
const PLATE_LETTER = '[A-HJ-NP-Z]' // plates never use I or O
const PLATE_CHAR = '[A-HJ-NP-Z0-9]'
// New-energy plates: D/F (since 2021 also A–C, E, G, H, J, K) first for small cars, last for large.
const PLATE = new RegExp(
  `(?<!WJ ?)[${PROVINCES}]${PLATE_LETTER}[·•・‧. \\u00A0\\u3000-]?` +
    `(?<tail>[A-HJK]${PLATE_CHAR}\\d{4}|\\d{5}[A-HJK]|${PLATE_CHAR}{5}|${PLATE_CHAR}{4}[挂港澳])` +
    '(?![0-9A-Za-z])(?![警使领学])',
  'dg',
)

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])/g

// Organisation codes are 18 characters too; after their label they are not ID cards.
const ORGANISATION_LABEL = /(?:信用代码|组织机构代码|纳税人识别号|税号|登记证号)[:： ]*$/

const URL_CHARS = String.raw`[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]`
const URLS = [
  // Copied pages sometimes carry a space after the scheme (http:// zwgkhlj.gov.cn/…).
  new RegExp(`(?:https?://|ftp://) ?${URL_CHARS}+|www\\.${URL_CHARS}+`, 'gi'),
  new RegExp(`(?<![A-Za-z0-9@.-])(?:[A-Za-z0-9-]+\\.)+(?:cn|com|net|org|gov|edu)(?::\\d+)?/${URL_CHARS}*`, 'gi'),
]

const before = (text: string, start: number, label: RegExp): boolean => label.test(text.slice(Math.max(0, start - 16), start))

function classifyNumber(text: string, start: number, end: number, today: string): PersonalDataKind | null {
  if (before(text, start, ORGANISATION_LABEL)) return null
  const digits = text.slice(start, end).replace(/ /g, '')
  if ((digits.length === 18 || digits.length === 15) && isResidentIdNumber(digits, today)) return 'id-card'
  // Card numbers start 3–6 (JCB, Visa, Mastercard, UnionPay 62) or 9 (old domestic 9558…).
  if (/^[3-69]\d{15,18}$/.test(digits) && luhnValid(digits)) return 'bank-card'
  return null
}

export function findCandidates(text: string, today: string): Candidate[] {
  const found: Candidate[] = []
  const add = (kind: PersonalDataKind, start: number, end: number): void => {
    found.push({ kind, start, end })
  }
  for (const pattern of [DIGIT_RUN, GROUPED_ID, GROUPED_CARD]) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length
      const kind = classifyNumber(text, m.index, end, today)
      if (kind) add(kind, m.index, end)
    }
  }
  for (const m of text.matchAll(MOBILE)) add('mobile', m.index, m.index + m[0].length)
  for (const m of text.matchAll(LANDLINE)) {
    add(before(text, m.index, OFFICE_LABEL) ? 'office-phone' : 'landline', m.index, m.index + m[0].length)
  }
  for (const m of text.matchAll(LABELLED_LOCAL)) {
    const span = m.indices?.groups?.number
    if (span) add('office-phone', span[0], span[1])
  }
  for (const m of text.matchAll(PLATE)) {
    const tail = m.groups?.tail ?? ''
    // At most two letters in the serial: 粤B12345 or 京AD12345, never 京ABCDE (a word).
    if ((tail.match(/[A-Z]/g) ?? []).length <= 2) add('plate', m.index, m.index + m[0].length)
  }
  for (const m of text.matchAll(EMAIL)) add('email', m.index, m.index + m[0].length)

  // Digits inside a URL are identifiers of pages, not of people; a mailbox stays one.
  const urls = URLS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]))
  return found.filter((c) => c.kind === 'email' || !urls.some(([s = 0, e = 0]) => c.start < e && s < c.end))
}
