/**
 * 索引号 (catalogue index number). There is no national format, so each site configures
 * a pattern such as '{orgCode}/{year}-{serial:5}' (000014349/2024-00012) or
 * '{orgCode}/{year}{month:2}-{serial:3}' (734972044/201805-018).
 *
 * Placeholders: {orgCode} (9-character 组织机构代码), {year} (four digits), {month} and
 * {day} (optionally {month:2}, {day:2} zero-padded), {serial} or {serial:N} (zero-padded
 * to N digits). A malformed pattern is a configuration error and throws an Error.
 */
import { isCalendarDate } from '../calendar/calendarDate'

export const defaultIndexNumberPattern = '{orgCode}/{year}-{serial:5}'

export interface IndexNumberInput {
  orgCode: string
  /** The document's calendar day, YYYY-MM-DD. */
  date: string
  serial: number
}

/** Each part is present exactly when the pattern has its placeholder ({serial} always is). */
export interface IndexNumberParts {
  orgCode?: string
  year?: number
  /** Present when the pattern has {month}. */
  month?: number
  /** Present when the pattern has {day}. */
  day?: number
  serial: number
}

type Field = 'orgCode' | 'year' | 'month' | 'day' | 'serial'
type Token = { literal: string } | { field: Field; width?: number }

// GB 11714-1997: eight body characters weighted, check character = 11 - sum mod 11 (10 → X).
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
const ORG_CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** True for a valid 组织机构代码, otherwise a Chinese reason. */
export function validateOrgCode(code: string): true | string {
  if (code === '') return '组织机构代码为空'
  const length = [...code].length
  if (length !== 9) return `组织机构代码应为9位，现为${length}位`
  if (/[a-z]/.test(code)) return '组织机构代码中的字母应为大写'
  if (!/^[0-9A-Z]{8}$/.test(code.slice(0, 8))) return '组织机构代码前8位只能是数字或大写字母'
  const last = code.slice(8)
  if (!/^[0-9X]$/.test(last)) return '组织机构代码最后一位（校验码）只能是数字或X'
  let sum = 0
  for (let i = 0; i < 8; i++) sum += ORG_CODE_ALPHABET.indexOf(code[i] ?? '') * (ORG_CODE_WEIGHTS[i] ?? 0)
  const check = 11 - (sum % 11)
  const expected = check === 10 ? 'X' : check === 11 ? '0' : String(check)
  if (last !== expected) return `组织机构代码校验码不符：按前8位应为“${expected}”，现为“${last}”，请核对代码`
  return true
}

const FIELDS: Record<string, { widths: readonly (number | undefined)[] }> = {
  orgCode: { widths: [undefined] },
  year: { widths: [undefined, 4] },
  month: { widths: [undefined, 2] },
  day: { widths: [undefined, 2] },
  serial: { widths: [undefined, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = []
  const seen = new Set<Field>()
  for (const part of pattern.split(/(\{[^{}]*\})/)) {
    if (part === '') continue
    const m = /^\{(\w+)(?::(\d+))?\}$/.exec(part)
    if (!m) {
      if (/[{}]/.test(part)) throw new Error(`Index number pattern "${pattern}": malformed placeholder near "${part}"`)
      tokens.push({ literal: part })
      continue
    }
    const name = m[1] ?? ''
    const width = m[2] === undefined ? undefined : Number(m[2])
    const spec = Object.hasOwn(FIELDS, name) ? FIELDS[name] : undefined
    if (!spec) throw new Error(`Index number pattern "${pattern}": unknown placeholder ${part}`)
    if (!spec.widths.includes(width)) throw new Error(`Index number pattern "${pattern}": unsupported width in ${part}`)
    const field = name as Field
    if (seen.has(field)) throw new Error(`Index number pattern "${pattern}": ${part} appears twice`)
    seen.add(field)
    const previous = tokens.at(-1)
    // Two unpadded numbers side by side ({month}{serial}) could not be told apart when parsing.
    if (previous && 'field' in previous && isVariable(previous) && isVariable({ field, width })) {
      throw new Error(`Index number pattern "${pattern}": ${part} directly follows another variable-width number`)
    }
    tokens.push(width === undefined ? { field } : { field, width })
  }
  if (!seen.has('serial')) throw new Error(`Index number pattern "${pattern}": missing {serial}`)
  return tokens
}

function isVariable(token: { field: Field; width?: number }): boolean {
  return token.width === undefined && (token.field === 'month' || token.field === 'day' || token.field === 'serial')
}

/** Build the index number. Throws an Error (Chinese message) on an invalid code, day or serial. */
export function formatIndexNumber(pattern: string, input: IndexNumberInput): string {
  const tokens = tokenize(pattern)
  const orgCheck = validateOrgCode(input.orgCode)
  if (tokens.some((t) => 'field' in t && t.field === 'orgCode') && orgCheck !== true) throw new Error(orgCheck)
  if (!isCalendarDate(input.date)) throw new Error(`日期“${input.date}”无效，应为真实存在的 YYYY-MM-DD`)
  if (!Number.isSafeInteger(input.serial) || input.serial < 1) throw new Error(`序号应为正整数，现为${input.serial}`)
  const [year, month, day] = input.date.split('-')
  const values: Record<Field, string> = {
    orgCode: input.orgCode,
    year: year ?? '',
    month: String(Number(month)),
    day: String(Number(day)),
    serial: String(input.serial),
  }
  return tokens
    .map((token) => {
      if ('literal' in token) return token.literal
      const value = values[token.field].padStart(token.width ?? 0, '0')
      if (token.field === 'serial' && token.width !== undefined && value.length > token.width) {
        throw new Error(`序号${input.serial}超出索引号格式的${token.width}位`)
      }
      return value
    })
    .join('')
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function fieldSource(field: Field, width: number | undefined): string {
  if (field === 'orgCode') return '([0-9A-Z]{8}[0-9X])'
  if (field === 'year') return '(\\d{4})'
  if (field === 'serial') return width === undefined ? '(\\d+)' : `(\\d{${width}})`
  return width === undefined ? '(\\d{1,2})' : `(\\d{${width}})`
}

/** The parts of an index number in this pattern, or null when it does not fit or a part is invalid. */
export function parseIndexNumber(pattern: string, text: string): IndexNumberParts | null {
  const tokens = tokenize(pattern)
  const fields: Field[] = []
  let source = '^'
  for (const token of tokens) {
    if ('literal' in token) source += escapeRegExp(token.literal)
    else {
      source += fieldSource(token.field, token.width)
      fields.push(token.field)
    }
  }
  // Pasted values come with surrounding spaces and sometimes full-width characters.
  const folded = text.trim().replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  const m = new RegExp(`${source}$`).exec(folded)
  if (!m) return null
  const raw: Partial<Record<Field, string>> = {}
  fields.forEach((field, i) => (raw[field] = m[i + 1]))
  if (raw.orgCode !== undefined && validateOrgCode(raw.orgCode) !== true) return null
  const parts: IndexNumberParts = { serial: Number(raw.serial) }
  if (raw.orgCode !== undefined) parts.orgCode = raw.orgCode
  if (raw.year !== undefined) parts.year = Number(raw.year)
  if (raw.month !== undefined) parts.month = Number(raw.month)
  if (raw.day !== undefined) parts.day = Number(raw.day)
  if (parts.serial < 1) return null
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return null
  if (parts.day !== undefined) {
    const probe = `${raw.year ?? '2000'}-${String(parts.month ?? 1).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`
    if (!isCalendarDate(probe)) return null
  }
  return parts
}
