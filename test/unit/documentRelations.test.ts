import { describe, expect, it } from 'vitest'

import {
  describeRelation,
  effectiveRepealDate,
  relationSideLabels,
  relationSides,
  relationsOf,
  validityEventsOf,
  type DocumentRelation,
  type RelationSide,
} from '../../core/relations/documentRelations'
import { checkRelations, relationMessages, type CheckedDocument } from '../../core/relations/relationChecks'
import { validityStatus, type ValidityStatus } from '../../core/documents/validity'

// 2019 rules, amended in 2021 by a decision, replaced in 2023 by new rules; the decision
// is itself repealed when the new rules take effect.
const rules2019 = 'rules-2019'
const decision2021 = 'decision-2021'
const rules2023 = 'rules-2023'
const amends: DocumentRelation = { kind: 'amends', from: decision2021, to: rules2019, date: '2021-03-01' }
const replaces: DocumentRelation = { kind: 'replaces', from: rules2023, to: rules2019, date: '2023-01-01' }
const repeals: DocumentRelation = { kind: 'repeals', from: rules2023, to: decision2021, date: '2023-01-01' }
const relations = [replaces, amends, repeals]

const sides = (id: string): Record<RelationSide, string[]> => {
  const found = relationsOf(id, relations)
  return Object.fromEntries(relationSides.map((side) => [side, found[side].map((r) => `${r.id}@${r.date}`)])) as Record<
    RelationSide,
    string[]
  >
}

describe('relationsOf shows each relation from both sides', () => {
  const none = { amends: [], amendedBy: [], repeals: [], repealedBy: [], replaces: [], replacedBy: [] }
  it.each<[string, string, Partial<Record<RelationSide, string[]>>]>([
    ['the amended and replaced rules', rules2019, { amendedBy: ['decision-2021@2021-03-01'], replacedBy: ['rules-2023@2023-01-01'] }],
    ['the amending decision, later repealed', decision2021, { amends: ['rules-2019@2021-03-01'], repealedBy: ['rules-2023@2023-01-01'] }],
    ['the new rules, which replace and repeal', rules2023, { repeals: ['decision-2021@2023-01-01'], replaces: ['rules-2019@2023-01-01'] }],
    ['a document with no relations', 'unrelated', {}],
  ])('%s', (_name, id, expected) => {
    expect(sides(id)).toEqual({ ...none, ...expected })
  })

  it('derives the other side from the one record entered, the same object both ways', () => {
    const acting = relationsOf(decision2021, relations).amends[0]
    const acted = relationsOf(rules2019, relations).amendedBy[0]
    expect(acting?.relation).toBe(amends)
    expect(acted?.relation).toBe(amends)
    expect(acting).toMatchObject({ side: 'amends', label: '修改', id: rules2019, date: '2021-03-01' })
    expect(acted).toMatchObject({ side: 'amendedBy', label: '被…修改', id: decision2021, date: '2021-03-01' })
  })

  it('orders each side by date, then by id', () => {
    const many: DocumentRelation[] = [
      { kind: 'amends', from: 'c', to: 'x', date: '2022-01-01' },
      { kind: 'amends', from: 'b', to: 'x', date: '2021-01-01' },
      { kind: 'amends', from: 'a', to: 'x', date: '2022-01-01' },
    ]
    expect(relationsOf('x', many).amendedBy.map((r) => r.id)).toEqual(['b', 'a', 'c'])
  })

  it('leaves out a relation of a document with itself', () => {
    const self: DocumentRelation = { kind: 'repeals', from: 'x', to: 'x', date: '2022-01-01' }
    expect(relationsOf('x', [self])).toEqual(none)
    expect(validityEventsOf('x', [self])).toEqual([])
  })
})

describe('labels', () => {
  it.each<[RelationSide, string, string]>([
    ['amends', '修改', '修改《甲办法》'],
    ['amendedBy', '被…修改', '被《甲办法》修改'],
    ['repeals', '废止', '废止《甲办法》'],
    ['repealedBy', '被…废止', '被《甲办法》废止'],
    ['replaces', '替代', '替代《甲办法》'],
    ['replacedBy', '被…替代', '被《甲办法》替代'],
  ])('%s is %s', (side, label, described) => {
    expect(relationSideLabels[side]).toBe(label)
    expect(describeRelation(side, '甲办法')).toBe(described)
  })
})

describe('effectiveRepealDate', () => {
  it.each<[string, { id: string; repealedOn?: string | null }, DocumentRelation[], string | null]>([
    ['replaced by another document', { id: rules2019 }, relations, '2023-01-01'],
    ['repealed by another document', { id: decision2021 }, relations, '2023-01-01'],
    ['its own 废止日期 wins over the relation', { id: rules2019, repealedOn: '2023-06-30' }, relations, '2023-06-30'],
    ['its own 废止日期 without any relation', { id: 'x', repealedOn: '2024-01-01' }, [], '2024-01-01'],
    ['an amendment does not repeal', { id: rules2019 }, [amends], null],
    ['repealing another does not repeal oneself', { id: rules2023 }, relations, null],
    [
      'the earliest of two repeals',
      { id: 'x' },
      [
        { kind: 'repeals', from: 'late', to: 'x', date: '2025-01-01' },
        { kind: 'replaces', from: 'early', to: 'x', date: '2024-01-01' },
      ],
      '2024-01-01',
    ],
  ])('%s', (_name, doc, given, expected) => {
    expect(effectiveRepealDate(doc, given)).toBe(expected)
  })
})

describe('status of related documents over time', () => {
  const facts: Record<string, { effectiveDate: string }> = {
    [rules2019]: { effectiveDate: '2019-07-01' },
    [decision2021]: { effectiveDate: '2021-03-01' },
    [rules2023]: { effectiveDate: '2023-01-01' },
  }
  const statusOf = (id: string, date: string) => validityStatus({ ...facts[id], events: validityEventsOf(id, relations) }, date)

  it.each<[string, string, ValidityStatus]>([
    [rules2019, '2021-02-28', 'in-force'],
    [rules2019, '2021-03-01', 'amended'],
    [rules2019, '2022-12-31', 'amended'],
    [rules2019, '2023-01-01', 'repealed'],
    [decision2021, '2021-02-28', 'not-yet-in-force'],
    [decision2021, '2022-12-31', 'in-force'],
    [decision2021, '2023-01-01', 'repealed'],
    [rules2023, '2022-12-31', 'not-yet-in-force'],
    [rules2023, '2023-01-01', 'in-force'],
    [rules2023, '2023-01-02', 'in-force'],
  ])('%s on %s is %s', (id, date, expected) => {
    expect(statusOf(id, date)).toBe(expected)
  })
})

describe('checkRelations', () => {
  const docs: CheckedDocument[] = [
    { id: 'a', title: '甲办法', writtenDate: '2022-06-20', effectiveDate: '2022-07-01', expiresOn: '2027-06-30' },
    { id: 'b', title: '乙办法', writtenDate: '2023-06-20', effectiveDate: '2023-07-01' },
    { id: 'c', title: '丙决定', publishedDate: '2024-01-10' },
    { id: 'd', title: '丁通知' },
  ]
  const issueOf = (documents: CheckedDocument[], given: DocumentRelation[]) =>
    checkRelations(documents, given).map(({ code, documentId, field, message }) => ({ code, documentId, field, message }))

  it('finds nothing wrong with consistent documents and relations', () => {
    const fine: DocumentRelation[] = [
      { kind: 'amends', from: 'c', to: 'a', date: '2024-01-10' },
      { kind: 'replaces', from: 'b', to: 'a', date: '2023-07-01' },
      { kind: 'repeals', from: 'c', to: 'b', date: '2023-07-01' },
    ]
    expect(checkRelations(docs, fine)).toEqual([])
  })

  it.each<[string, CheckedDocument[], DocumentRelation[], ReturnType<typeof issueOf>]>([
    [
      '施行日期 before 成文日期',
      [{ id: 'a', writtenDate: '2022-07-02', effectiveDate: '2022-07-01' }],
      [],
      [
        {
          code: 'effectiveBeforeWritten',
          documentId: 'a',
          field: 'effectiveDate',
          message: '施行日期不能早于成文日期，请检查这两个日期。',
        },
      ],
    ],
    ['施行日期 the day of 成文日期 is fine', [{ id: 'a', writtenDate: '2022-07-01', effectiveDate: '2022-07-01' }], [], []],
    [
      '有效期至 before 施行日期',
      [{ id: 'a', effectiveDate: '2022-07-01', expiresOn: '2022-06-30' }],
      [],
      [{ code: 'expiresBeforeEffective', documentId: 'a', field: 'expiresOn', message: '有效期至不能早于施行日期，请检查这两个日期。' }],
    ],
    ['有效期至 the day of 施行日期 is fine', [{ id: 'a', effectiveDate: '2022-07-01', expiresOn: '2022-07-01' }], [], []],
    [
      'its own 废止日期 before it took effect',
      [{ id: 'a', title: '甲办法', effectiveDate: '2022-07-01', repealedOn: '2022-06-30' }],
      [],
      [
        {
          code: 'repealBeforeEffective',
          documentId: 'a',
          field: 'repealedOn',
          message: '《甲办法》的废止日期（2022年6月30日）早于其开始施行的日期（2022年7月1日），请检查废止日期。',
        },
      ],
    ],
    [
      'a repeal dated before the repealed document took effect',
      docs,
      [{ kind: 'repeals', from: 'c', to: 'b', date: '2023-06-30' }],
      [
        {
          code: 'repealBeforeEffective',
          documentId: 'c',
          field: 'relations',
          message: '《乙办法》的废止日期（2023年6月30日）早于其开始施行的日期（2023年7月1日），请检查废止日期。',
        },
      ],
    ],
    [
      'a replacement dated before the replaced document was published (no 施行日期)',
      docs,
      [{ kind: 'replaces', from: 'b', to: 'c', date: '2024-01-09' }],
      [
        {
          code: 'repealBeforeEffective',
          documentId: 'b',
          field: 'relations',
          message: '《丙决定》的废止日期（2024年1月9日）早于其开始施行的日期（2024年1月10日），请检查废止日期。',
        },
      ],
    ],
    ['a repeal the day the repealed document took effect is fine', docs, [{ kind: 'repeals', from: 'c', to: 'b', date: '2023-07-01' }], []],
    [
      'an amendment before the amended document took effect is allowed',
      docs,
      [{ kind: 'amends', from: 'c', to: 'b', date: '2023-06-01' }],
      [],
    ],
    ['a repeal of a document with no dates is not checked', docs, [{ kind: 'repeals', from: 'c', to: 'd', date: '2000-01-01' }], []],
    [
      'a document that amends itself',
      docs,
      [{ kind: 'amends', from: 'a', to: 'a', date: '2023-01-01' }],
      [{ code: 'selfRelation', documentId: 'a', field: 'relations', message: '文件不能修改自身，请选择另一份文件。' }],
    ],
    [
      'a document that repeals itself',
      docs,
      [{ kind: 'repeals', from: 'a', to: 'a', date: '2023-01-01' }],
      [{ code: 'selfRelation', documentId: 'a', field: 'relations', message: '文件不能废止自身，请选择另一份文件。' }],
    ],
    [
      'a document that replaces itself',
      docs,
      [{ kind: 'replaces', from: 'a', to: 'a', date: '2023-01-01' }],
      [{ code: 'selfRelation', documentId: 'a', field: 'relations', message: '文件不能替代自身，请选择另一份文件。' }],
    ],
    [
      'two replacements in a loop',
      docs,
      [
        { kind: 'replaces', from: 'a', to: 'b', date: '2023-07-01' },
        { kind: 'replaces', from: 'b', to: 'a', date: '2023-07-01' },
      ],
      [
        {
          code: 'relationCycle',
          documentId: 'a',
          field: 'relations',
          message:
            '废止、替代关系形成循环（《甲办法》替代《乙办法》，《乙办法》替代《甲办法》），文件不能直接或间接废止自身，请删除错误的一条。',
        },
      ],
    ],
    [
      'a loop of three, mixing repeal and replacement',
      docs,
      [
        { kind: 'replaces', from: 'b', to: 'a', date: '2023-07-01' },
        { kind: 'repeals', from: 'c', to: 'b', date: '2024-01-10' },
        { kind: 'replaces', from: 'a', to: 'c', date: '2024-01-10' },
      ],
      [
        {
          code: 'relationCycle',
          documentId: 'b',
          field: 'relations',
          message:
            '废止、替代关系形成循环（《乙办法》替代《甲办法》，《丙决定》废止《乙办法》，《甲办法》替代《丙决定》），文件不能直接或间接废止自身，请删除错误的一条。',
        },
      ],
    ],
    [
      'amendments both ways are not a loop',
      docs,
      [
        { kind: 'amends', from: 'b', to: 'a', date: '2023-07-01' },
        { kind: 'amends', from: 'c', to: 'b', date: '2024-01-10' },
        { kind: 'amends', from: 'a', to: 'c', date: '2024-01-10' },
      ],
      [],
    ],
    [
      'a chain that does not close is not a loop',
      docs,
      [
        { kind: 'replaces', from: 'b', to: 'a', date: '2023-07-01' },
        { kind: 'replaces', from: 'c', to: 'b', date: '2024-01-10' },
      ],
      [],
    ],
    [
      'the same relation entered twice',
      docs,
      [
        { kind: 'amends', from: 'c', to: 'a', date: '2024-01-10' },
        { kind: 'amends', from: 'c', to: 'a', date: '2024-02-01' },
      ],
      [
        {
          code: 'duplicateRelation',
          documentId: 'c',
          field: 'relations',
          message: '“《丙决定》修改《甲办法》”已录入过一次，请删除重复的一条。',
        },
      ],
    ],
    [
      'a relation naming a document not in the list',
      docs,
      [
        { kind: 'repeals', from: 'c', to: 'gone', date: '2024-01-10' },
        { kind: 'repeals', from: 'c', to: 'gone', date: '2024-01-10' },
      ],
      [
        {
          code: 'duplicateRelation',
          documentId: 'c',
          field: 'relations',
          message: '“《丙决定》废止“gone””已录入过一次，请删除重复的一条。',
        },
      ],
    ],
    [
      'a relation dated on a day that does not exist',
      docs,
      [{ kind: 'repeals', from: 'c', to: 'b', date: '2023-02-29' }],
      [
        {
          code: 'invalidRelationDate',
          documentId: 'c',
          field: 'relations',
          message: '“《丙决定》废止《乙办法》”的日期无效，请填写真实存在的日期（YYYY-MM-DD）。',
        },
      ],
    ],
  ])('%s', (_name, documents, given, expected) => {
    expect(issueOf(documents, given)).toEqual(expected)
  })

  it('reports every issue at once, each with the relations at fault', () => {
    const broken: CheckedDocument[] = [
      { id: 'a', title: '甲办法', writtenDate: '2022-07-02', effectiveDate: '2022-07-01', expiresOn: '2022-06-30' },
      ...docs.slice(1),
    ]
    const self: DocumentRelation = { kind: 'replaces', from: 'b', to: 'b', date: '2023-07-01' }
    const early: DocumentRelation = { kind: 'repeals', from: 'c', to: 'b', date: '2023-01-01' }
    const back: DocumentRelation = { kind: 'repeals', from: 'b', to: 'c', date: '2024-01-10' }
    const issues = checkRelations(broken, [self, early, early, back])
    expect(issues.map((i) => i.code)).toEqual([
      'effectiveBeforeWritten',
      'expiresBeforeEffective',
      'selfRelation',
      'repealBeforeEffective',
      'duplicateRelation',
      'repealBeforeEffective',
      'relationCycle',
    ])
    expect(issues.find((i) => i.code === 'selfRelation')?.relations).toEqual([self])
    expect(issues.find((i) => i.code === 'duplicateRelation')?.relations).toEqual([early, early])
    expect(issues.find((i) => i.code === 'relationCycle')?.relations).toEqual([early, early, back])
  })

  it('keeps every message in Chinese, in one object', () => {
    expect(relationMessages.selfRelation('amends')).toMatch(/^文件不能修改自身/)
    expect(relationMessages.repealBeforeEffective('《甲》', '2022-06-30', '2022-07-01')).toContain('2022年6月30日')
  })
})
