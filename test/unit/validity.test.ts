import { describe, expect, it } from 'vitest'

import { addDays } from '../../core/calendar/calendarArithmetic'
import {
  inForceFrom,
  nextStatusChange,
  repealDate,
  statusTimeline,
  validityStatus,
  validityStatusLabels,
  validityStatuses,
  type StatusChange,
  type ValidityFacts,
  type ValidityStatus,
} from '../../core/documents/validity'

describe('validity statuses', () => {
  it('are a closed list, each with its Chinese label', () => {
    expect(validityStatuses).toEqual(['not-yet-in-force', 'in-force', 'amended', 'repealed', 'expired'])
    expect(validityStatusLabels).toEqual({
      'not-yet-in-force': '尚未施行',
      'in-force': '有效',
      amended: '已修改',
      repealed: '已废止',
      expired: '已失效',
    })
  })
})

// One document per transition, so that each boundary is tested on its own.
const effective: ValidityFacts = { writtenDate: '2022-06-20', publishedDate: '2022-06-25', effectiveDate: '2022-07-01' }
const expiring: ValidityFacts = { effectiveDate: '2022-07-01', expiresOn: '2027-06-30' }
const repealedByField: ValidityFacts = { effectiveDate: '2022-07-01', repealedOn: '2025-03-01' }
const repealedByDocument: ValidityFacts = {
  effectiveDate: '2022-07-01',
  events: [{ kind: 'repealed', by: 'decision', date: '2025-03-01' }],
}
const replaced: ValidityFacts = { effectiveDate: '2022-07-01', events: [{ kind: 'replaced', by: 'successor', date: '2025-03-01' }] }
const amended: ValidityFacts = { effectiveDate: '2022-07-01', events: [{ kind: 'amended', by: 'amendment', date: '2024-01-01' }] }

describe('validityStatus at the day before, of and after each transition', () => {
  it.each<[string, ValidityFacts, string, ValidityStatus]>([
    ['施行日期: day before', effective, '2022-06-30', 'not-yet-in-force'],
    ['施行日期: the day', effective, '2022-07-01', 'in-force'],
    ['施行日期: day after', effective, '2022-07-02', 'in-force'],
    ['施行日期: published but not yet in force', effective, '2022-06-25', 'not-yet-in-force'],
    ['有效期至: day before', expiring, '2027-06-29', 'in-force'],
    ['有效期至: the day is still in force', expiring, '2027-06-30', 'in-force'],
    ['有效期至: day after', expiring, '2027-07-01', 'expired'],
    ['废止日期: day before', repealedByField, '2025-02-28', 'in-force'],
    ['废止日期: the day', repealedByField, '2025-03-01', 'repealed'],
    ['废止日期: day after', repealedByField, '2025-03-02', 'repealed'],
    ['repealed by a document: day before', repealedByDocument, '2025-02-28', 'in-force'],
    ['repealed by a document: the day', repealedByDocument, '2025-03-01', 'repealed'],
    ['repealed by a document: day after', repealedByDocument, '2025-03-02', 'repealed'],
    ['replaced: day before', replaced, '2025-02-28', 'in-force'],
    ['replaced: the day', replaced, '2025-03-01', 'repealed'],
    ['replaced: day after', replaced, '2025-03-02', 'repealed'],
    ['amended: day before', amended, '2023-12-31', 'in-force'],
    ['amended: the day', amended, '2024-01-01', 'amended'],
    ['amended: day after', amended, '2024-01-02', 'amended'],
  ])('%s (%s)', (_name, doc, date, expected) => {
    expect(validityStatus(doc, date)).toBe(expected)
  })
})

describe('validityStatus precedence: 已废止 over 已失效 over 已修改', () => {
  const everything: ValidityFacts = {
    effectiveDate: '2022-07-01',
    expiresOn: '2027-06-30',
    events: [
      { kind: 'amended', by: 'amendment', date: '2024-01-01' },
      { kind: 'repealed', by: 'decision', date: '2028-01-01' },
    ],
  }
  const repealedBeforeExpiry: ValidityFacts = { ...everything, repealedOn: '2026-01-01' }
  const amendedAfterExpiry: ValidityFacts = {
    effectiveDate: '2022-07-01',
    expiresOn: '2023-06-30',
    events: [{ kind: 'amended', by: 'late', date: '2024-01-01' }],
  }
  const repealedBeforeEffective: ValidityFacts = { effectiveDate: '2022-07-01', repealedOn: '2022-06-15' }
  const amendedBeforeEffective: ValidityFacts = {
    effectiveDate: '2022-07-01',
    events: [{ kind: 'amended', by: 'early', date: '2022-06-15' }],
  }

  it.each<[string, ValidityFacts, string, ValidityStatus]>([
    ['amended, within the term', everything, '2025-01-01', 'amended'],
    ['amended, on the last day of the term', everything, '2027-06-30', 'amended'],
    ['amended and expired: expired wins', everything, '2027-07-01', 'expired'],
    ['expired, the day before a later repeal', everything, '2027-12-31', 'expired'],
    ['expired and repealed: repealed wins', everything, '2028-01-01', 'repealed'],
    ['amended and repealed: repealed wins', repealedBeforeExpiry, '2026-01-01', 'repealed'],
    ['repealed before the term would end', repealedBeforeExpiry, '2027-07-01', 'repealed'],
    ['amended after it expired stays expired', amendedAfterExpiry, '2024-01-01', 'expired'],
    ['repealed before it took effect, between the two days', repealedBeforeEffective, '2022-06-20', 'repealed'],
    ['repealed before it took effect, on its 施行日期', repealedBeforeEffective, '2022-07-01', 'repealed'],
    ['amended before it took effect is not yet in force', amendedBeforeEffective, '2022-06-20', 'not-yet-in-force'],
    ['amended before it took effect, on its 施行日期', amendedBeforeEffective, '2022-07-01', 'amended'],
  ])('%s', (_name, doc, date, expected) => {
    expect(validityStatus(doc, date)).toBe(expected)
  })
})

describe('documents with missing dates', () => {
  const publishedOnly: ValidityFacts = { writtenDate: '2022-06-20', publishedDate: '2022-06-25' }
  const writtenOnly: ValidityFacts = { writtenDate: '2022-06-20' }
  const nullDates: ValidityFacts = {
    writtenDate: null,
    publishedDate: '',
    effectiveDate: null,
    expiresOn: null,
    repealedOn: null,
    events: null,
  }
  const expiryOnly: ValidityFacts = { expiresOn: '2027-06-30' }

  it.each<[string, ValidityFacts, string, ValidityStatus]>([
    ['no 施行日期: in force from 发布日期, day before', publishedOnly, '2022-06-24', 'not-yet-in-force'],
    ['no 施行日期: in force from 发布日期, the day', publishedOnly, '2022-06-25', 'in-force'],
    ['no 施行日期 or 发布日期: from 成文日期, day before', writtenOnly, '2022-06-19', 'not-yet-in-force'],
    ['no 施行日期 or 发布日期: from 成文日期, the day', writtenOnly, '2022-06-20', 'in-force'],
    ['no dates at all: in force on any day', {}, '1949-10-01', 'in-force'],
    ['null and empty dates count as missing', nullDates, '2022-06-20', 'in-force'],
    ['only 有效期至: in force until it', expiryOnly, '2027-06-30', 'in-force'],
    ['only 有效期至: expired after it', expiryOnly, '2027-07-01', 'expired'],
  ])('%s', (_name, doc, date, expected) => {
    expect(validityStatus(doc, date)).toBe(expected)
  })

  it.each<[ValidityFacts, string | null]>([
    [effective, '2022-07-01'],
    [publishedOnly, '2022-06-25'],
    [writtenOnly, '2022-06-20'],
    [{}, null],
  ])('inForceFrom(%j) is %s', (doc, expected) => {
    expect(inForceFrom(doc)).toBe(expected)
  })
})

describe('repealDate', () => {
  it.each<[string, ValidityFacts, string | null]>([
    ['none', effective, null],
    ['the explicit 废止日期', repealedByField, '2025-03-01'],
    ['a repeal by another document', repealedByDocument, '2025-03-01'],
    ['a replacement', replaced, '2025-03-01'],
    ['an amendment is not a repeal', amended, null],
    [
      'the earliest of several repeals',
      {
        events: [
          { kind: 'replaced', by: 'b', date: '2026-01-01' },
          { kind: 'repealed', by: 'a', date: '2025-06-01' },
        ],
      },
      '2025-06-01',
    ],
    [
      'the explicit 废止日期 wins over a relation dated earlier',
      { repealedOn: '2025-03-01', events: [{ kind: 'repealed', by: 'decision', date: '2025-01-15' }] },
      '2025-03-01',
    ],
  ])('%s', (_name, doc, expected) => {
    expect(repealDate(doc)).toBe(expected)
  })

  it('keeps a document repealed by a decision in force until the 废止日期 the editor gave', () => {
    const doc: ValidityFacts = {
      effectiveDate: '2022-07-01',
      repealedOn: '2025-03-01',
      events: [{ kind: 'repealed', by: 'decision', date: '2025-01-15' }],
    }
    expect(validityStatus(doc, '2025-01-15')).toBe('in-force')
    expect(validityStatus(doc, '2025-03-01')).toBe('repealed')
  })
})

// Written in 2022, amended in 2024, five-year term, repealed after it expired.
const lifetime: ValidityFacts = {
  writtenDate: '2022-06-20',
  publishedDate: '2022-06-25',
  effectiveDate: '2022-07-01',
  expiresOn: '2027-06-30',
  events: [
    { kind: 'amended', by: 'amendment', date: '2024-01-01' },
    { kind: 'repealed', by: 'decision', date: '2028-01-01' },
  ],
}

describe('nextStatusChange', () => {
  it.each<[string, ValidityFacts, string, string | null]>([
    ['long before', lifetime, '2022-01-01', '2022-07-01'],
    ['the day before it takes effect', lifetime, '2022-06-30', '2022-07-01'],
    ['the day it takes effect', lifetime, '2022-07-01', '2024-01-01'],
    ['the day before the amendment', lifetime, '2023-12-31', '2024-01-01'],
    ['the day of the amendment', lifetime, '2024-01-01', '2027-07-01'],
    ['the last day of the term', lifetime, '2027-06-30', '2027-07-01'],
    ['the first day expired', lifetime, '2027-07-01', '2028-01-01'],
    ['repealed: nothing more happens', lifetime, '2028-01-01', null],
    ['no dates at all', {}, '2022-07-01', null],
    ['a repeal that changes nothing is skipped', { effectiveDate: '2022-07-01', repealedOn: '2022-06-01' }, '2022-05-31', '2022-06-01'],
    [
      'after a repeal before 施行日期, the 施行日期 changes nothing',
      { effectiveDate: '2022-07-01', repealedOn: '2022-06-01' },
      '2022-06-01',
      null,
    ],
  ])('%s (%s)', (_name, doc, date, expected) => {
    expect(nextStatusChange(doc, date)).toBe(expected)
  })
})

describe('statusTimeline', () => {
  it.each<[string, ValidityFacts, StatusChange[]]>([
    [
      'a whole lifetime',
      lifetime,
      [
        { date: '2022-07-01', status: 'in-force' },
        { date: '2024-01-01', status: 'amended' },
        { date: '2027-07-01', status: 'expired' },
        { date: '2028-01-01', status: 'repealed' },
      ],
    ],
    ['no dates at all', {}, []],
    ['only a 施行日期', effective, [{ date: '2022-07-01', status: 'in-force' }]],
    [
      'repealed before it took effect',
      { effectiveDate: '2022-07-01', repealedOn: '2022-06-01' },
      [{ date: '2022-06-01', status: 'repealed' }],
    ],
    [
      'repealed and replaced on the same day',
      { effectiveDate: '2022-07-01', repealedOn: '2025-03-01', events: [{ kind: 'replaced', by: 'successor', date: '2025-03-01' }] },
      [
        { date: '2022-07-01', status: 'in-force' },
        { date: '2025-03-01', status: 'repealed' },
      ],
    ],
    [
      'several amendments change the status once',
      {
        effectiveDate: '2022-07-01',
        events: [
          { kind: 'amended', by: 'b', date: '2024-01-01' },
          { kind: 'amended', by: 'a', date: '2023-01-01' },
        ],
      },
      [
        { date: '2022-07-01', status: 'in-force' },
        { date: '2023-01-01', status: 'amended' },
      ],
    ],
  ])('%s', (_name, doc, expected) => {
    expect(statusTimeline(doc)).toEqual(expected)
  })

  it('agrees with validityStatus on every day from 2022 to 2028', () => {
    const timeline = statusTimeline(lifetime)
    for (let day = '2022-06-01'; day <= '2028-02-01'; day = addDays(day, 1)) {
      const current = timeline.filter((change) => change.date <= day).at(-1)?.status ?? 'not-yet-in-force'
      expect(validityStatus(lifetime, day), day).toBe(current)
    }
  })
})

describe('malformed days', () => {
  it.each<[string, () => unknown]>([
    ['a query day that does not exist', () => validityStatus(effective, '2023-02-29')],
    ['a query day in the wrong shape', () => validityStatus(effective, '2022/07/01')],
    ['an empty query day', () => nextStatusChange(effective, '')],
    ['a 施行日期 that does not exist', () => validityStatus({ effectiveDate: '2022-04-31' }, '2022-07-01')],
    ['an instant instead of a day', () => validityStatus({ expiresOn: '2027-06-30T00:00:00Z' }, '2022-07-01')],
    ['a relation day that does not exist', () => statusTimeline({ events: [{ kind: 'amended', by: 'x', date: '2022-13-01' }] })],
  ])('%s throws a RangeError', (_name, call) => {
    expect(call).toThrow(RangeError)
  })
})
