import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { builtInDocumentKinds, documentKindLabel, kindsWithRule } from '../../core/documents/documentKinds'
import { DocumentKindsSettingError, parseDocumentKinds, readDocumentKinds } from '../../core/documents/documentKindsFile'
import { repoRoot } from '../../core/paths'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-kinds-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

function kindsFile(name: string, content: unknown): string {
  const file = path.join(folder, name)
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
  return file
}

describe('the built-in kinds', () => {
  it('keep the four stored values every database holds, with their names and rules', () => {
    expect(
      ['rule', 'normative-government', 'normative-department', 'other'].map((value) => documentKindLabel(builtInDocumentKinds, value)),
    ).toEqual(['政府规章', '行政规范性文件', '部门规范性文件', '其他文件'])
    const before = ['rule', 'normative-government', 'normative-department']
    expect(kindsWithRule(builtInDocumentKinds, 'indexNumber')).toEqual(before)
    expect(kindsWithRule(builtInDocumentKinds, 'catalogue')).toEqual(before)
    expect(kindsWithRule(builtInDocumentKinds, 'printedBeforeEffect')).toEqual(before)
    expect(kindsWithRule(builtInDocumentKinds, 'ruleNotice')).toEqual(['rule'])
    expect(kindsWithRule(builtInDocumentKinds, 'expiresOnRequired')).toEqual(['normative-government'])
    expect(kindsWithRule(builtInDocumentKinds, 'unifiedNumberRequired')).toEqual(['normative-government'])
    expect(kindsWithRule(builtInDocumentKinds, 'interpretationBody')).toEqual(['rule', 'normative-government'])
    expect(kindsWithRule(builtInDocumentKinds, 'expiryReview')).toEqual(['normative-government', 'normative-department'])
  })

  it('add the kinds a city gazette prints, every one with a feed, 其他文件 last', () => {
    expect(builtInDocumentKinds.map((kind) => kind.label)).toEqual([
      '法律',
      '行政法规',
      '地方性法规',
      '部门规章',
      '政府规章',
      '行政规范性文件',
      '部门规范性文件',
      '司法解释',
      '政府工作报告',
      '人事任免',
      '其他文件',
    ])
    expect(kindsWithRule(builtInDocumentKinds, 'feed')).toHaveLength(builtInDocumentKinds.length)
  })

  it('show a value no longer in the list as stored', () => {
    expect(documentKindLabel(builtInDocumentKinds, 'budget')).toBe('budget')
  })
})

describe('DOCUMENT_KINDS_FILE', () => {
  it('gives the built-in list when unset or empty', () => {
    expect(readDocumentKinds({})).toBe(builtInDocumentKinds)
    expect(readDocumentKinds({ DOCUMENT_KINDS_FILE: '  ' })).toBe(builtInDocumentKinds)
  })

  it('reads the gazette’s own list in its order: a built-in value keeps its rules, a new one has only its feed', () => {
    const file = kindsFile('valid.json', [
      { value: 'local-regulation', label: '地方性法规', catalogue: true },
      { value: 'rule', label: '市政府规章' },
      { value: 'budget', label: '预算决算', feed: false },
      { value: 'normative-government', label: '行政规范性文件', unifiedNumberRequired: false },
    ])
    const kinds = readDocumentKinds({ DOCUMENT_KINDS_FILE: file })
    expect(kinds.map((kind) => [kind.value, kind.label])).toEqual([
      ['local-regulation', '地方性法规'],
      ['rule', '市政府规章'],
      ['budget', '预算决算'],
      ['normative-government', '行政规范性文件'],
    ])
    expect(kindsWithRule(kinds, 'catalogue')).toEqual(['local-regulation', 'rule', 'normative-government'])
    expect(kindsWithRule(kinds, 'ruleNotice')).toEqual(['rule'])
    expect(kindsWithRule(kinds, 'feed')).toEqual(['local-regulation', 'rule', 'normative-government'])
    expect(kindsWithRule(kinds, 'unifiedNumberRequired')).toEqual([])
    expect(kindsWithRule(kinds, 'expiresOnRequired')).toEqual(['normative-government'])
  })

  it('resolves a relative path against the repository', () => {
    const file = kindsFile('relative.json', [{ value: 'other', label: '其他文件' }])
    expect(readDocumentKinds({ DOCUMENT_KINDS_FILE: path.relative(repoRoot, file) }).map((kind) => kind.value)).toEqual(['other'])
  })

  it('refuses a path that names no file, in Chinese', () => {
    const missing = path.join(folder, 'missing.json')
    expect(() => readDocumentKinds({ DOCUMENT_KINDS_FILE: missing })).toThrow(
      new DocumentKindsSettingError(`DOCUMENT_KINDS_FILE 指向的文件不存在：${missing}`),
    )
  })

  it.each<[string, unknown, string]>([
    ['text that is not JSON', '[{"value": "law",}]', '不是有效的 JSON'],
    ['an object instead of a list', { value: 'law', label: '法律' }, '应为一个非空数组'],
    ['an empty list', [], '应为一个非空数组'],
    ['an entry that is not an object', ['law'], '第 1 项：应为一个对象，至少含 value 和 label。'],
    ['a value with capitals', [{ value: 'Law', label: '法律' }], '第 1 项（"Law"）：“value”应为小写英文字母开头'],
    [
      'a value with Chinese',
      [
        { value: 'other', label: '其他' },
        { value: '法律', label: '法律' },
      ],
      '第 2 项（"法律"）：“value”应为小写英文字母开头',
    ],
    ['a missing label', [{ value: 'law' }], '第 1 项（"law"）：“label”应为非空的文种名称'],
    [
      'an unknown setting',
      [{ value: 'law', label: '法律', catalog: true }],
      '第 1 项（"law"）：不认识的设置“catalog”；可用的设置：value、label、indexNumber',
    ],
    ['a rule that is not true or false', [{ value: 'law', label: '法律', feed: 'yes' }], '第 1 项（"law"）：“feed”应为 true 或 false。'],
    [
      'a value given twice',
      [
        { value: 'law', label: '法律' },
        { value: 'law', label: '国家法律' },
      ],
      '第 2 项（"law"）：value "law" 与第 1 项重复',
    ],
    [
      'a name given twice',
      [
        { value: 'law', label: '法律' },
        { value: 'national-law', label: '法律' },
      ],
      '第 2 项（"national-law"）：名称“法律”与第 1 项重复',
    ],
  ])('refuses %s, naming the file and the entry', (_name, content, message) => {
    const file = kindsFile('invalid.json', content)
    let error: unknown
    try {
      readDocumentKinds({ DOCUMENT_KINDS_FILE: file })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(DocumentKindsSettingError)
    expect((error as Error).message).toContain(`文种配置文件 ${file}`)
    expect((error as Error).message).toContain(message)
  })

  it('names every bad entry at once', () => {
    const problems = () =>
      parseDocumentKinds(JSON.stringify([{ value: 'A' }, { value: 'law', label: '法律' }, { value: 'b', label: '' }]), 'kinds.json')
    expect(problems).toThrow(/第 1 项（"A"）[^\n]*value[\s\S]*第 1 项（"A"）[^\n]*label[\s\S]*第 3 项（"b"）[^\n]*label/)
  })
})
