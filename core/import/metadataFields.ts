/**
 * The metadata a government disclosure page prints above a document (索引号, 主题分类,
 * 发布机构, 文号, 关键字, 发布日期, 生效日期 …), in the layouts copies come in:
 * "label:value" on one line, several pairs on one line ("发布日期: 2021-04-23 来源:政府办
 * 浏览次数:"), the label on one line and its value on the next (seed 004), and table rows
 * from parsed pages ("索引号 | 734972044/201805-018 | 主题分类 | 商贸"). Counters and
 * bylines (浏览次数, 来源, 发布者) are recognised only so that they can be dropped.
 */
import { parseDocumentNumber } from '../documents/documentNumber'
import { tightenSpacing } from './chineseText'
import { findFirstDate } from './chineseDate'
import { splitOrgNames } from './orgNames'
import type { Sourced } from './types'

export type MetadataKey =
  | 'indexNumber'
  | 'subject'
  | 'keywords'
  | 'publishedDate'
  | 'publishedTime'
  | 'writtenDate'
  | 'effectiveDate'
  | 'expiresOn'
  | 'repealedOn'
  | 'issuer'
  | 'informationSource'
  | 'title'
  | 'docNumber'
  | 'disclosure'
  | 'ignored'

const LABELS: Record<string, MetadataKey> = {
  索引号: 'indexNumber',
  主题分类: 'subject',
  主题词: 'keywords',
  关键字: 'keywords',
  关键词: 'keywords',
  发布日期: 'publishedDate',
  公开日期: 'publishedDate',
  发布时间: 'publishedTime',
  成文日期: 'writtenDate',
  生效日期: 'effectiveDate',
  生效时间: 'effectiveDate',
  施行日期: 'effectiveDate',
  实施日期: 'effectiveDate',
  有效期至: 'expiresOn',
  失效日期: 'expiresOn',
  失效时间: 'expiresOn',
  废止日期: 'repealedOn',
  废止时间: 'repealedOn',
  发布机构: 'issuer',
  发文机关: 'issuer',
  发文机构: 'issuer',
  发文单位: 'issuer',
  发布单位: 'issuer',
  信息来源: 'informationSource',
  名称: 'title',
  标题: 'title',
  文件名称: 'title',
  文号: 'docNumber',
  发文字号: 'docNumber',
  文件编号: 'docNumber',
  公开方式: 'disclosure',
  公开属性: 'disclosure',
  公开形式: 'disclosure',
  // Read only to be dropped: classification codes, counters, bylines.
  组配分类: 'ignored',
  体裁分类: 'ignored',
  信息分类: 'ignored',
  所属机构: 'ignored',
  所属主题: 'ignored',
  有效性: 'ignored',
  时效性: 'ignored',
  公开范围: 'ignored',
  公开时限: 'ignored',
  访问量: 'ignored',
  浏览次数: 'ignored',
  浏览量: 'ignored',
  阅读次数: 'ignored',
  点击数: 'ignored',
  点击量: 'ignored',
  点击: 'ignored',
  来源: 'ignored',
  作者: 'ignored',
  发布者: 'ignored',
  发布人: 'ignored',
  责任编辑: 'ignored',
  编辑: 'ignored',
}

// Pages pad short labels to the width of long ones: "文　　号：", "名 称:".
const LABEL_ALTERNATION = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].join('\\s*'))
  .join('|')
// A label starts the line, or follows a space, a cell border or the colon of an empty label.
const LABEL = new RegExp(`(?<=^|[\\s|｜:：])(${LABEL_ALTERNATION})\\s*[:：]`, 'gu')
const BARE_LABEL = new RegExp(`^(?:${LABEL_ALTERNATION})\\s*[:：]?$`, 'u')
const CELL_SEPARATOR = /\s+[|｜]\s+/u

export type MetadataValue = Sourced<string> & { key: MetadataKey; label: string }

export type Metadata = {
  values: MetadataValue[]
  /** Indexes of the lines that were metadata, to leave out of the body. */
  consumed: Set<number>
}

/** Table rows: a cell that is a bare label gets a colon, so that its value cell follows it. */
function joinCells(line: string): string {
  if (!CELL_SEPARATOR.test(line)) return line
  return line
    .split(CELL_SEPARATOR)
    .map((cell) => (BARE_LABEL.test(cell.trim()) ? `${cell.trim().replace(/[:：]$/u, '')}:` : cell.trim()))
    .join(' ')
}

type Pair = { label: string; key: MetadataKey; value: string }

/** The label-value pairs of a metadata line, or null when the line does not start with a label. */
function readPairs(line: string): Pair[] | null {
  const text = joinCells(line.replace(/^[\s|｜]+|[\s|｜]+$/gu, ''))
  const matches = [...text.matchAll(LABEL)]
  const first = matches[0]
  if (!first || first.index !== 0) return null
  return matches.map((m, i) => {
    const label = (m[1] ?? '').replace(/\s+/gu, '')
    const end = matches[i + 1]?.index ?? text.length
    const value = text.slice(m.index + m[0].length, end).replace(/^[\s|｜]+|[\s|｜]+$/gu, '')
    return { label, key: LABELS[label] ?? 'ignored', value }
  })
}

const DATE_KEYS = new Set<MetadataKey>(['publishedDate', 'publishedTime', 'writtenDate', 'effectiveDate', 'expiresOn', 'repealedOn'])

/** Whether the line after a bare label can be that label's value. */
function fitsLabel(key: MetadataKey, line: string): boolean {
  const value = line.trim()
  if (value === '' || value.length > 100 || /[。！？]/u.test(value)) return false
  if (DATE_KEYS.has(key)) return findFirstDate(value) !== null
  if (key === 'docNumber') return parseDocumentNumber(value).ok
  if (key === 'issuer' || key === 'informationSource') return splitOrgNames(value) !== null
  if (key === 'indexNumber') return /^[0-9A-Za-z][0-9A-Za-z\-/_.—]*$/u.test(value)
  return true
}

/**
 * Reads every metadata line in `lines` (already stripped of decorations). A label alone
 * on a line takes the next line as its value, unless the line is a table row (`rows`):
 * a row's empty cell is an empty value, not a sign that the value wrapped.
 */
export function readMetadata(lines: readonly string[], rows: ReadonlySet<number> = new Set()): Metadata {
  const values: MetadataValue[] = []
  const consumed = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const pairs = readPairs(line)
    if (!pairs) continue
    consumed.add(i)
    const only = pairs.length === 1 ? pairs[0] : undefined
    if (only && only.value === '' && !rows.has(i)) {
      // Label on one line, value on the next (unless the next line is itself metadata).
      let j = i + 1
      while (j < lines.length && (lines[j] ?? '').trim() === '') j++
      const next = lines[j]
      if (next !== undefined && readPairs(next) === null && fitsLabel(only.key, next)) {
        consumed.add(j)
        values.push({ key: only.key, label: only.label, value: next.trim(), source: `${line.trim()}\n${next.trim()}` })
        i = j
      }
      continue
    }
    for (const pair of pairs) {
      if (pair.value !== '') values.push({ key: pair.key, label: pair.label, value: pair.value, source: line.trim() })
    }
  }
  return { values, consumed }
}

/** The first value stored under `key`. */
export function metadataValue(metadata: Metadata, key: MetadataKey): MetadataValue | undefined {
  return metadata.values.find((v) => v.key === key)
}

type DateKey = 'writtenDate' | 'publishedDate' | 'publishedTime' | 'effectiveDate' | 'expiresOn' | 'repealedOn'

/** A date field's day (2018-05-16 15:22:46 → 2018-05-16), or undefined when empty or unreadable. */
export function metadataDate(metadata: Metadata, key: DateKey): Sourced<string> | undefined {
  const field = metadataValue(metadata, key)
  const date = field ? findFirstDate(field.value) : null
  return field && date ? { value: date.value, source: field.source } : undefined
}

/** A text field, spacing repaired. */
export function metadataText(metadata: Metadata, key: 'indexNumber' | 'subject'): Sourced<string> | undefined {
  const field = metadataValue(metadata, key)
  return field ? { value: tightenSpacing(field.value), source: field.source } : undefined
}

/** 关键字 split into words: pages separate them with spaces, commas or 、. */
export function metadataKeywords(metadata: Metadata): Sourced<string[]> | undefined {
  const field = metadataValue(metadata, 'keywords')
  const words = field?.value.split(/[\s,，、;；]+/u).filter((w) => w !== '') ?? []
  return field && words.length > 0 ? { value: words, source: field.source } : undefined
}
