/**
 * 统一编号 (unified number of a normative document) is stored beside the 发文字号, and
 * its shape differs from place to place, so shapes are configuration data: a site lists
 * the shapes it accepts and the first one that matches gives the canonical form.
 */
import { checkSerial, checkYear, foldNumberText } from './documentNumber'

export interface UnifiedNumberShape {
  /** Shown to editors in reasons, e.g. 规字号. */
  name: string
  /**
   * Canonical form. Placeholders: {code}, {year}, {serial} or {serial:N} (zero-padded to
   * at least N digits); each exactly once. Everything else is literal. When matching,
   * any bracket variant matches a bracket, any dash variant a dash, spaces are ignored,
   * 第 before the serial and a trailing 号 are optional.
   */
  template: string
  /** Regular-expression source (unicode) the whole code must match; default: letters only. */
  codePattern?: string
  /** Chinese reason when the code does not match codePattern. */
  codeMessage?: string
  /** A canonical example, quoted when nothing matches. */
  example?: string
}

export interface UnifiedNumberParts {
  code: string
  year: number
  serial: number
}

export type UnifiedNumberResult =
  ({ ok: true; /** name of the matched shape */ shape: string; canonical: string } & UnifiedNumberParts) | { ok: false; reason: string }

/** The 规-series in GB/T 9704 form: 运政规〔2022〕1号. */
export const guiShape: UnifiedNumberShape = {
  name: '规字号',
  template: '{code}〔{year}〕{serial}号',
  codePattern: '\\p{Script=Han}+规',
  codeMessage: '规字号的代字应以“规”结尾，如运政规',
  example: '运政规〔2022〕1号',
}

/** Zero-padded serial without 号, as in 杨管规〔2012〕001. */
export const paddedGuiShape: UnifiedNumberShape = {
  name: '规字号（三位序号）',
  template: '{code}〔{year}〕{serial:3}',
  codePattern: '\\p{Script=Han}+规',
  codeMessage: '规字号的代字应以“规”结尾，如杨管规',
  example: '杨管规〔2012〕001',
}

/** Latin letters and em-dashes, as in HFGS—2017—9. */
export const latinDashShape: UnifiedNumberShape = {
  name: '字母编号',
  template: '{code}—{year}—{serial}',
  codePattern: '[A-Z]+',
  codeMessage: '编号的代号应为大写拉丁字母，如HFGS',
  example: 'HFGS—2017—9',
}

export const defaultUnifiedNumberShapes: readonly UnifiedNumberShape[] = [guiShape]

const DEFAULT_CODE_PATTERN = '[\\p{Script=Han}A-Za-z]+'
const DASHES = /[‐‑‒–—―−﹘﹣－-]/gu
const PLACEHOLDER = /\{(\w+)(?::(\d+))?\}/gu

/** Input and template literals are folded the same way so that variants compare equal. */
function fold(text: string): string {
  return foldNumberText(text).replace(DASHES, '-')
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface CompiledShape {
  regex: RegExp
  fields: Array<keyof UnifiedNumberParts>
  code: RegExp
}

const compiled = new WeakMap<UnifiedNumberShape, CompiledShape>()

function compile(shape: UnifiedNumberShape): CompiledShape {
  const cached = compiled.get(shape)
  if (cached) return cached
  const template = fold(shape.template)
  const fields: Array<keyof UnifiedNumberParts> = []
  let source = '^'
  let last = 0
  const literal = (text: string): string => {
    if (/[{}]/.test(text)) throw new Error(`Unified number shape "${shape.name}": stray brace in template "${shape.template}"`)
    return escapeRegExp(text)
  }
  for (const m of template.matchAll(PLACEHOLDER)) {
    const [token, name, width] = m
    const before = template.slice(last, m.index)
    // 第 is optional in input whether or not the template prints it.
    source += literal(name === 'serial' && before.endsWith('第') ? before.slice(0, -1) : before)
    last = m.index + token.length
    // An empty code still matches, so that the reason can say what the code lacks.
    if (name === 'code' && width === undefined) source += '(.*?)'
    else if (name === 'year' && width === undefined) source += '(\\d*)'
    else if (name === 'serial') source += '第?(\\d+)'
    else throw new Error(`Unified number shape "${shape.name}": unknown placeholder ${token}`)
    if (fields.includes(name)) throw new Error(`Unified number shape "${shape.name}": ${token} appears twice`)
    fields.push(name)
  }
  const tail = template.slice(last)
  source += tail.endsWith('号') ? `${literal(tail.slice(0, -1))}号?$` : `${literal(tail)}$`
  for (const required of ['code', 'year', 'serial'] as const) {
    if (!fields.includes(required)) throw new Error(`Unified number shape "${shape.name}": missing {${required}}`)
  }
  const result: CompiledShape = {
    regex: new RegExp(source, 'u'),
    fields,
    code: new RegExp(`^(?:${shape.codePattern ?? DEFAULT_CODE_PATTERN})$`, 'u'),
  }
  compiled.set(shape, result)
  return result
}

/** Canonical text of the parts in this shape. */
export function formatUnifiedNumber(shape: UnifiedNumberShape, parts: UnifiedNumberParts): string {
  compile(shape)
  return shape.template.replace(PLACEHOLDER, (_token, name: string, width: string | undefined) => {
    if (name === 'code') return parts.code
    if (name === 'year') return String(parts.year)
    return String(parts.serial).padStart(width === undefined ? 0 : Number(width), '0')
  })
}

/** Null when the text is not shaped like this shape; a reason when it is but a part is wrong. */
function matchShape(shape: UnifiedNumberShape, text: string): UnifiedNumberResult | null {
  const { regex, fields, code: codeRule } = compile(shape)
  const m = regex.exec(text)
  if (!m) return null
  const raw: Partial<Record<keyof UnifiedNumberParts, string>> = {}
  fields.forEach((field, i) => (raw[field] = m[i + 1] ?? ''))
  const code = raw.code ?? ''
  if (!codeRule.test(code)) return { ok: false, reason: shape.codeMessage ?? `代字“${code}”不符合${shape.name}的要求` }
  const year = checkYear(raw.year ?? '')
  if (typeof year === 'string') return { ok: false, reason: year }
  const serial = checkSerial(raw.serial ?? '')
  if (typeof serial === 'string') return { ok: false, reason: serial }
  const parts = { code, year, serial }
  return { ok: true, shape: shape.name, ...parts, canonical: formatUnifiedNumber(shape, parts) }
}

/**
 * Parse a unified number against the site's shapes, in order. Throws only when a shape's
 * template is malformed (a configuration error); bad input gives a Chinese reason.
 */
export function parseUnifiedNumber(input: string, shapes: readonly UnifiedNumberShape[] = defaultUnifiedNumberShapes): UnifiedNumberResult {
  const text = fold(input)
  if (text === '') return { ok: false, reason: '统一编号为空' }
  if (shapes.length === 0) return { ok: false, reason: '本站未配置统一编号格式' }
  let specific: string | undefined
  for (const shape of shapes) {
    const result = matchShape(shape, text)
    if (result?.ok) return result
    if (result) specific ??= result.reason
  }
  if (specific) return { ok: false, reason: specific }
  const expected = shapes.map((shape) => `“${shape.example ?? shape.template}”（${shape.name}）`).join('或')
  return { ok: false, reason: `统一编号格式不符，应形如${expected}` }
}
