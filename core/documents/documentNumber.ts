/**
 * 发文字号 (document number). Editors type or paste numbers in many variants
 * (运政办发[2022]18号, 运政办发（2022）第018号, full-width digits, stray spaces);
 * we keep what they typed elsewhere and store the strict GB/T 9704-2012 §7.2.5 form
 * 代字〔YYYY〕N号. Government rules are numbered as orders instead: 运城市人民政府令第12号.
 */

export const MIN_YEAR = 1949
export const MAX_YEAR = 2100
export const MAX_SERIAL = 99999
const MAX_CODE_LENGTH = 15
const MAX_ISSUER_LENGTH = 20

export interface StandardDocumentNumber {
  ok: true
  shape: 'standard'
  /** 发文机关代字, e.g. 运政办发 */
  code: string
  year: number
  serial: number
  /** e.g. 运政办发〔2022〕18号 */
  strict: string
}

export interface OrderDocumentNumber {
  ok: true
  shape: 'order'
  /** e.g. 运城市人民政府 */
  issuer: string
  serial: number
  /** e.g. 运城市人民政府令第12号 */
  strict: string
}

export interface DocumentNumberFailure {
  ok: false
  /** Chinese, precise enough for an editor to fix the input. */
  reason: string
}

export type DocumentNumberResult = StandardDocumentNumber | OrderDocumentNumber | DocumentNumberFailure

export interface FoundDocumentNumber {
  strict: string
  /** The text as it appears in the source, spaces and brackets included. */
  raw: string
  /** Offset of `raw` in the searched text (UTF-16 units). */
  index: number
}

// \s already covers U+3000 (ideographic space), NBSP and BOM; zero-width ones come from web pages.
const SPACE = '\\s\\u200B-\\u200D\\u2060'
const SPACE_CHAR = new RegExp(`[${SPACE}]`, 'u')
const OPEN = '〔\\[(（【［〖﹝'
const CLOSE = '〕\\])）】］〗﹞'
const HAN = /\p{Script=Han}/u
const CODE_CHAR = /[\p{Script=Han}A-Za-z·]/u
// Words that introduce a citation in running text; no real 代字 starts with them.
const LEAD_WORDS = ['根据', '依据', '按照', '依照', '参照', '对照', '遵照', '贯彻', '落实', '执行', '印发', '转发', '结合', '以及', '关于']
const CONNECTORS = ['和', '及', '与', '或']
const LABEL = /^(?:发文字号|文号|字号)[:：]/u
const EDGES = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'gu')

const fail = (reason: string): DocumentNumberFailure => ({ ok: false, reason })

/**
 * Fold the variants people type into one spelling: no spaces, ASCII digits and letters,
 * and every bracket as 〔〕. Other full-width punctuation is kept, so that reasons quote
 * it as typed. Shared with the unified-number parser.
 */
export function foldNumberText(input: string): string {
  return input
    .replace(new RegExp(`[${SPACE}]`, 'gu'), '')
    .replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(new RegExp(`[${OPEN}]`, 'gu'), '〔')
    .replace(new RegExp(`[${CLOSE}]`, 'gu'), '〕')
}

/** Four-digit year in the plausible range, or a Chinese reason. */
export function checkYear(text: string): number | string {
  if (text === '') return '年份为空，应为四位数字（如2022）'
  if (!/^\d{4}$/.test(text)) return `年份应为四位数字（如2022），现为“${text}”`
  const year = Number(text)
  if (year < MIN_YEAR || year > MAX_YEAR) return `年份${year}不在合理范围（${MIN_YEAR}—${MAX_YEAR}）内`
  return year
}

/** Serial from its digits (leading zeros allowed), or a Chinese reason. */
export function checkSerial(digits: string): number | string {
  const significant = digits.replace(/^0+/, '')
  if (significant === '') return '序号不能为0，应从1开始'
  if (significant.length > String(MAX_SERIAL).length || Number(significant) > MAX_SERIAL) {
    return `序号${significant}过大（不应超过${MAX_SERIAL}），请检查是否多输了数字`
  }
  return Number(significant)
}

function checkName(name: string, label: string, maxLength: number): string | null {
  if (name === '') return `缺少${label}`
  if (/[〔〕]/u.test(name)) return `${label}中不能有括号`
  const bad = /[^\p{Script=Han}A-Za-z0-9·]/u.exec(name)
  if (bad) return `${label}含有不应出现的字符“${bad[0]}”`
  if (!HAN.test(name)) return `${label}应包含汉字`
  if (/[0-9]$/.test(name)) return `${label}末尾不能是数字`
  const lead = LEAD_WORDS.find((word) => name.startsWith(word))
  if (lead) return `${label}前混入了其他文字“${lead}”，请只填写发文字号`
  if ([...name].length > maxLength) return `${label}过长（超过${maxLength}个字），请检查是否混入了其他文字`
  return null
}

function checkSerialPart(rest: string): number | string {
  if (rest === '' || rest === '号' || rest === '第号') return '缺少序号（年份括号后应为序号，如18号）'
  const plain = /^第?(\d+)号?$/.exec(rest)
  if (plain) return checkSerial(plain[1] ?? '')
  const extra = /^第?\d+号(.+)$/u.exec(rest)
  if (extra) return `字号后有多余文字“${extra[1]}”，请只填写发文字号`
  if (/^第?[〇零一二三四五六七八九十百千]+号?$/u.test(rest)) return '序号应为阿拉伯数字（如18号），不能用汉字数字'
  return `无法识别序号“${rest}”，应为阿拉伯数字加“号”，如18号`
}

/** Order shape on folded text; null when the text is not shaped like an order at all. */
function parseOrder(text: string): OrderDocumentNumber | DocumentNumberFailure | null {
  const m = /^(.*)令〔?(第)?(\d+)(号)?〕?$/u.exec(text)
  // Without 第 or 号, "…令〔2022〕" is more likely a standard number missing its serial.
  if (!m || (m[2] === undefined && m[4] === undefined)) return null
  const issuer = m[1] ?? ''
  const issuerError = checkName(issuer, '发文机关名称', MAX_ISSUER_LENGTH)
  if (issuerError) return fail(issuerError)
  const serial = checkSerial(m[3] ?? '')
  if (typeof serial === 'string') return fail(serial)
  return { ok: true, shape: 'order', issuer, serial, strict: `${issuer}令第${serial}号` }
}

function parseStandard(text: string): StandardDocumentNumber | DocumentNumberFailure {
  const open = text.indexOf('〔')
  const firstClose = text.indexOf('〕')
  if (open < 0 && firstClose < 0) {
    return fail(
      /\d/.test(text)
        ? '缺少年份括号，应写作“代字〔年份〕序号号”，如运政办发〔2022〕18号'
        : '无法识别为发文字号，应形如运政办发〔2022〕18号',
    )
  }
  if (open < 0 || (firstClose >= 0 && firstClose < open)) return fail('年份括号不完整（缺少左括号“〔”）')
  const close = text.indexOf('〕', open + 1)
  if (close < 0) return fail('年份括号不完整（缺少右括号“〕”）')
  const code = text.slice(0, open)
  const codeError = checkName(code, '发文机关代字', MAX_CODE_LENGTH)
  if (codeError) return fail(codeError)
  const year = checkYear(text.slice(open + 1, close))
  if (typeof year === 'string') return fail(year)
  const serial = checkSerialPart(text.slice(close + 1))
  if (typeof serial === 'string') return fail(serial)
  return { ok: true, shape: 'standard', code, year, serial, strict: `${code}〔${year}〕${serial}号` }
}

function parseFolded(text: string): DocumentNumberResult {
  return parseOrder(text) ?? parseStandard(text)
}

/**
 * Parse a field that should hold exactly one document number. A sentence that merely
 * cites one (根据国办发〔2019〕14号文件精神) is refused; use findDocumentNumbers for that.
 */
export function parseDocumentNumber(input: string): DocumentNumberResult {
  const trimmed = input.replace(EDGES, '').replace(LABEL, '').replace(EDGES, '')
  if (trimmed === '') return fail('发文字号为空')
  const result = parseFolded(foldNumberText(trimmed))
  if (result.ok) return result
  // When the text cites numbers among other words, saying so helps more than a parse error.
  const found = findDocumentNumbers(trimmed)
  if (found.length > 1) {
    return fail(`包含${found.length}个发文字号（${found.map((f) => f.strict).join('、')}），一次只能填写一个`)
  }
  const only = found[0]
  if (only) return fail(`这段文字包含发文字号“${only.strict}”，但还有其他文字；请只填写字号本身`)
  return result
}

export function normalizeDocumentNumber(input: string): string | null {
  const result = parseDocumentNumber(input)
  return result.ok ? result.strict : null
}

/** True only for text already in strict form (standard or order). */
export function isStrictDocumentNumber(s: string): boolean {
  const result = parseDocumentNumber(s)
  return result.ok && result.strict === s
}

const D = '[0-9０-９]'
const S = `[${SPACE}]*`
const STANDARD_TAIL = `[${OPEN}]${S}${D}{4}${S}[${CLOSE}]${S}(?:第${S})?${D}+${S}号`
const ORDER_TAIL = `令${S}(?:[（(〔]${S}第${S}${D}+${S}号${S}[）)〕]|第${S}${D}+${S}号)`
const TAILS = new RegExp(`${STANDARD_TAIL}|${ORDER_TAIL}`, 'gu')

/**
 * Every valid document number cited in free text, in order of appearance. In running
 * text only numbers ending in 号 (and orders with 第) are recognised, and the 代字 is
 * taken as the run of Han or Latin letters before the bracket, cut after citation words
 * such as 根据 or 贯彻落实; numbers that fail parseDocumentNumber's checks are skipped.
 */
export function findDocumentNumbers(text: string): FoundDocumentNumber[] {
  const found: FoundDocumentNumber[] = []
  let floor = 0
  for (const m of text.matchAll(TAILS)) {
    let end = m.index
    if (!m[0].startsWith('令')) while (end > floor && SPACE_CHAR.test(text[end - 1] ?? '')) end--
    let start = end
    while (start > floor && CODE_CHAR.test(text[start - 1] ?? '')) start--
    const run = text.slice(start, end)
    const cut = Math.max(
      ...LEAD_WORDS.map((word) => {
        const at = run.lastIndexOf(word)
        return at < 0 ? 0 : at + word.length
      }),
    )
    start += cut
    // 国办发〔2019〕54号和黑政办发〔2020〕17号: the connector belongs to neither number.
    if (found.length > 0 && start === floor && CONNECTORS.includes(text[start] ?? '')) start++
    const tailEnd = m.index + m[0].length
    if (start < end) {
      const raw = text.slice(start, tailEnd)
      const result = parseFolded(foldNumberText(raw))
      if (result.ok) found.push({ strict: result.strict, raw, index: start })
    }
    floor = tailEnd
  }
  return found
}
