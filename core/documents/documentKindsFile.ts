/**
 * The gazette's own list of document kinds: DOCUMENT_KINDS_FILE names a JSON file (path
 * absolute or relative to the repository) holding an array of kinds in the order they are
 * shown, e.g. [{ "value": "rule", "label": "市政府规章" }, { "value": "local-regulation",
 * "label": "地方性法规", "catalogue": true }]. An entry whose value is a built-in kind starts
 * from that kind's rules, any other from none but its feed; the rules it names override
 * those. Unset, the built-in list applies. The file is read once and refused as a whole,
 * in Chinese and naming each bad entry, when anything in it is wrong: the CMS and `npm start`
 * do not start with a list they would misread.
 */
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../paths'
import {
  builtInDocumentKinds,
  documentKindRuleNames,
  type DocumentKindDefinition,
  type DocumentKindRules,
  findDocumentKind,
  plainKindRules,
} from './documentKinds'

export const DOCUMENT_KINDS_SETTING = 'DOCUMENT_KINDS_FILE'

/** A stored value is also a feed's address: /feeds/kinds/<value>.xml. */
const VALUE = /^[a-z][a-z0-9-]{0,39}$/
const LABEL_MAX = 30

export class DocumentKindsSettingError extends Error {
  override name = 'DocumentKindsSettingError'
}

export const documentKindsFileMessages = {
  missingFile: (file: string) => `${DOCUMENT_KINDS_SETTING} 指向的文件不存在：${file}`,
  unreadable: (file: string, reason: string) => `文种配置文件 ${file} 无法读取：${reason}`,
  notJson: (file: string, reason: string) => `文种配置文件 ${file} 不是有效的 JSON：${reason}`,
  notList: (file: string) => `文种配置文件 ${file} 应为一个非空数组，每项是一个文种，如 [{"value": "rule", "label": "政府规章"}]。`,
  entry: (file: string, position: number, value: unknown, problem: string) =>
    `文种配置文件 ${file} 第 ${position} 项${typeof value === 'string' && value ? `（"${value}"）` : ''}：${problem}`,
  notObject: '应为一个对象，至少含 value 和 label。',
  badValue:
    '“value”应为小写英文字母开头、由小写字母、数字和连字符组成的代码（至多40个字符），如 "local-regulation"；它是数据库中保存的值，也是订阅地址的一部分。',
  badLabel: `“label”应为非空的文种名称（至多${LABEL_MAX}个字符），如 "地方性法规"。`,
  unknownKey: (key: string) => `不认识的设置“${key}”；可用的设置：value、label、${documentKindRuleNames.join('、')}。`,
  notBoolean: (rule: string) => `“${rule}”应为 true 或 false。`,
  duplicateValue: (value: string, first: number) => `value "${value}" 与第 ${first} 项重复，每个文种的代码只能出现一次。`,
  duplicateLabel: (label: string, first: number) => `名称“${label}”与第 ${first} 项重复：读者按名称筛选文种，名称不能相同。`,
}

const m = documentKindsFileMessages

/** The kinds in a file's text; `file` names it in the messages. Throws DocumentKindsSettingError. */
export function parseDocumentKinds(text: string, file: string): DocumentKindDefinition[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new DocumentKindsSettingError(m.notJson(file, error instanceof Error ? error.message : String(error)))
  }
  if (!Array.isArray(parsed) || parsed.length === 0) throw new DocumentKindsSettingError(m.notList(file))
  const problems: string[] = []
  const kinds: DocumentKindDefinition[] = []
  const valuesAt = new Map<string, number>()
  const labelsAt = new Map<string, number>()
  parsed.forEach((entry: unknown, index) => {
    const position = index + 1
    const say = (value: unknown, problem: string) => problems.push(m.entry(file, position, value, problem))
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return say(null, m.notObject)
    const fields = entry as Record<string, unknown>
    const { value, label } = fields
    const before = problems.length
    if (typeof value !== 'string' || !VALUE.test(value)) say(value, m.badValue)
    if (typeof label !== 'string' || label.trim() === '' || label.trim().length > LABEL_MAX) say(value, m.badLabel)
    for (const key of Object.keys(fields)) {
      if (key === 'value' || key === 'label') continue
      if (!(documentKindRuleNames as readonly string[]).includes(key)) say(value, m.unknownKey(key))
      else if (typeof fields[key] !== 'boolean') say(value, m.notBoolean(key))
    }
    if (problems.length > before) return
    const kindValue = value as string
    const kindLabel = (label as string).trim()
    const firstValue = valuesAt.get(kindValue)
    if (firstValue !== undefined) return say(kindValue, m.duplicateValue(kindValue, firstValue))
    const firstLabel = labelsAt.get(kindLabel)
    if (firstLabel !== undefined) return say(kindValue, m.duplicateLabel(kindLabel, firstLabel))
    valuesAt.set(kindValue, position)
    labelsAt.set(kindLabel, position)
    const builtIn = findDocumentKind(builtInDocumentKinds, kindValue)
    const rules: DocumentKindRules = { ...plainKindRules }
    for (const rule of documentKindRuleNames) {
      const given: unknown = fields[rule]
      rules[rule] = typeof given === 'boolean' ? given : (builtIn?.[rule] ?? plainKindRules[rule])
    }
    kinds.push({ value: kindValue, label: kindLabel, ...rules })
  })
  if (problems.length > 0) throw new DocumentKindsSettingError(problems.join('\n'))
  return kinds
}

/** The kinds DOCUMENT_KINDS_FILE configures, or the built-in list when it is unset. */
export function readDocumentKinds(env: Record<string, string | undefined> = process.env): readonly DocumentKindDefinition[] {
  const setting = env[DOCUMENT_KINDS_SETTING]?.trim()
  if (!setting) return builtInDocumentKinds
  const file = path.resolve(repoRoot, setting)
  if (!fs.existsSync(file)) throw new DocumentKindsSettingError(m.missingFile(file))
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new DocumentKindsSettingError(m.unreadable(file, error instanceof Error ? error.message : String(error)))
  }
  return parseDocumentKinds(text, file)
}

let cached: { setting: string | undefined; kinds: readonly DocumentKindDefinition[] } | undefined

/** The configured kinds, read once per process (again only if the setting itself changes). */
export function configuredDocumentKinds(env: Record<string, string | undefined> = process.env): readonly DocumentKindDefinition[] {
  const setting = env[DOCUMENT_KINDS_SETTING]
  if (!cached || cached.setting !== setting) cached = { setting, kinds: readDocumentKinds(env) }
  return cached.kinds
}
