/**
 * The status read from the history agrees with the status model (core/documents/validity.ts):
 * for documents with one version, seen through documentAsHistory, on every day around each
 * of their changes; and for an amended document, whose 修改 relations are derived from its
 * versions (amendmentRelations) and handed to the model as events.
 */
import { describe, expect, it } from 'vitest'

import { addDays } from '../../../core/calendar/calendarArithmetic'
import { validityStatus, type ValidityFacts } from '../../../core/documents/validity'
import { amendmentRelations } from '../../../core/history/amendmentRelations'
import { documentAsHistory } from '../../../core/history/documentAsHistory'
import { statusFromHistory } from '../../../core/history/historyStatus'
import { validityEventsOf } from '../../../core/relations/documentRelations'
import { body } from './bodies'
import { threeVersions } from './threeVersions'

/** Every day on which either answer could change, with the days either side, and two far away. */
function daysAround(facts: ValidityFacts): string[] {
  const marks = [
    facts.writtenDate,
    facts.publishedDate,
    facts.effectiveDate,
    facts.repealedOn,
    facts.expiresOn,
    ...(facts.events ?? []).map((e) => e.date),
  ]
  const days = new Set(['1990-01-01', '2099-12-31'])
  for (const mark of marks) {
    if (!mark) continue
    for (const offset of [-1, 0, 1, 2]) days.add(addDays(mark, offset))
  }
  return [...days].sort()
}

const oneVersionDocuments: [string, ValidityFacts][] = [
  ['施行日期 after publication', { writtenDate: '2022-06-20', publishedDate: '2022-06-25', effectiveDate: '2022-07-01' }],
  ['no 施行日期: in force from 发布日期', { writtenDate: '2022-06-20', publishedDate: '2022-06-25' }],
  ['only 成文日期', { writtenDate: '2022-06-20' }],
  ['no dates at all', {}],
  ['有效期至', { publishedDate: '2022-06-25', effectiveDate: '2022-07-01', expiresOn: '2027-06-30' }],
  ['废止日期', { publishedDate: '2022-06-25', effectiveDate: '2022-07-01', repealedOn: '2025-03-01' }],
  ['repealed before it took effect', { publishedDate: '2022-06-25', effectiveDate: '2022-07-01', repealedOn: '2022-06-28' }],
  [
    'repealed by another document',
    { publishedDate: '2022-06-25', effectiveDate: '2022-07-01', events: [{ kind: 'repealed', by: 'b', date: '2024-05-01' }] },
  ],
  [
    'replaced by another document',
    { publishedDate: '2022-06-25', effectiveDate: '2022-07-01', events: [{ kind: 'replaced', by: 'c', date: '2024-05-01' }] },
  ],
  [
    'expiring and repealed earlier',
    { publishedDate: '2022-06-25', effectiveDate: '2022-07-01', expiresOn: '2027-06-30', repealedOn: '2026-01-01' },
  ],
  [
    'repealed after its 有效期至',
    { publishedDate: '2022-06-25', effectiveDate: '2022-07-01', expiresOn: '2023-06-30', repealedOn: '2024-01-01' },
  ],
]

describe('a document with one version has the same status from its history as from the status model', () => {
  it.each(oneVersionDocuments)('%s', (_, facts) => {
    const history = documentAsHistory({ id: 'doc', title: '示例文件', body: body('正文。'), ...facts })
    expect(history.versions).toHaveLength(1)
    const fromHistory = daysAround(facts).map((day) => [day, statusFromHistory(history, day)])
    const fromModel = daysAround(facts).map((day) => [day, validityStatus(facts, day)])
    expect(fromHistory).toEqual(fromModel)
  })
})

describe('an amended document: 已修改 is a view of its versions', () => {
  it('derives one 修改 relation per 修正 or 修订 made by a document of the gazette, dated by its 施行日期', () => {
    expect(amendmentRelations(threeVersions)).toEqual([
      { kind: 'amends', from: 'shi-zhengfu-xiugai-jueding-2020', to: 'shi-paishui-guanli-banfa', date: '2020-07-01' },
    ])
  })

  it('agrees with the status model given those relations, on every day around every change', () => {
    const original = threeVersions.versions[0]
    const facts: ValidityFacts = {
      publishedDate: original?.promulgatedDate,
      effectiveDate: original?.effectiveDate,
      repealedOn: threeVersions.end.repealedOn,
      events: validityEventsOf(threeVersions.documentId, amendmentRelations(threeVersions)),
    }
    const days = daysAround({ ...facts, expiresOn: '2023-01-01' })
    expect(days.map((day) => [day, statusFromHistory(threeVersions, day)])).toEqual(days.map((day) => [day, validityStatus(facts, day)]))
  })
})
