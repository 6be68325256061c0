import { describe, expect, it } from 'vitest'

import { builtInDocumentKinds } from '../../core/documents/documentKinds'
import { checkDateRules, checkDocumentDates, type DateRuleInput, type DocumentDates } from '../../core/documents/documentDates'

describe('checkDocumentDates', () => {
  it.each<[string, DocumentDates, string[]]>([
    ['no dates at all', {}, []],
    ['all in order', { writtenDate: '2022-06-30', publishedDate: '2022-07-01', effectiveDate: '2022-08-01', expiresOn: '2027-07-31' }, []],
    ['published the day it was written', { writtenDate: '2022-06-30', publishedDate: '2022-06-30' }, []],
    [
      'published the day before it was written',
      { writtenDate: '2022-06-30', publishedDate: '2022-06-29' },
      ['publishedDate:publishedBeforeWritten'],
    ],
    ['in force and expiring the same day', { effectiveDate: '2022-07-01', expiresOn: '2022-07-01' }, []],
    ['in force the day after expiry', { effectiveDate: '2022-07-02', expiresOn: '2022-07-01' }, ['expiresOn:effectiveAfterExpiry']],
    ['expiry without a start date', { expiresOn: '2022-07-01' }, []],
    ['repealed the day it took effect', { effectiveDate: '2022-07-01', repealedOn: '2022-07-01' }, []],
    [
      'repealed the day before it took effect',
      { effectiveDate: '2022-07-01', repealedOn: '2022-06-30' },
      ['repealedOn:repealedBeforeEffective'],
    ],
    ['comparison crosses a year', { writtenDate: '2021-12-31', publishedDate: '2022-01-01' }, []],
    [
      'several broken rules at once',
      { writtenDate: '2022-06-30', publishedDate: '2022-06-01', effectiveDate: '2023-01-01', expiresOn: '2022-12-31' },
      ['publishedDate:publishedBeforeWritten', 'expiresOn:effectiveAfterExpiry'],
    ],
  ])('%s', (_name, dates, expected) => {
    expect(checkDocumentDates(dates).map((issue) => `${issue.field}:${issue.code}`)).toEqual(expected)
  })
})

describe('checkDateRules', () => {
  const rule = { kind: 'rule', writtenDate: '2024-01-05', publishedDate: '2024-01-10' }
  it.each<[string, DateRuleInput, string[]]>([
    ['nothing to check', {}, []],
    ['in force after it was written', { writtenDate: '2024-01-05', effectiveDate: '2024-01-05' }, []],
    [
      'in force before it was written',
      { writtenDate: '2024-01-05', effectiveDate: '2024-01-04' },
      ['effectiveDate:effectiveBeforeWritten:refusal'],
    ],
    [
      'in force before it was written, with a reason',
      { writtenDate: '2024-01-05', effectiveDate: '2024-01-04', effectiveDateReason: '追溯适用' },
      [],
    ],
    [
      'a blank reason is no reason',
      { writtenDate: '2024-01-05', effectiveDate: '2024-01-04', effectiveDateReason: '  ' },
      ['effectiveDate:effectiveBeforeWritten:refusal'],
    ],
    [
      'normative document in force before publication',
      { kind: 'normative-department', publishedDate: '2024-01-10', effectiveDate: '2024-01-09' },
      ['effectiveDate:effectiveBeforePublished:warning'],
    ],
    ['other document in force before publication', { kind: 'other', publishedDate: '2024-01-10', effectiveDate: '2024-01-09' }, []],
    ['rule in force exactly 30 days after publication', { ...rule, effectiveDate: '2024-02-09' }, []],
    ['rule in force 29 days after publication', { ...rule, effectiveDate: '2024-02-08' }, ['shortNoticeGround:ruleShortNotice:refusal']],
    [
      'rule in force on publication with a 第三十二条 ground',
      { ...rule, effectiveDate: '2024-01-10', shortNoticeGround: 'national-security' },
      [],
    ],
    [
      'rule in force on publication with an unknown ground',
      { ...rule, effectiveDate: '2024-01-10', shortNoticeGround: 'convenient' },
      ['shortNoticeGround:ruleShortNotice:refusal'],
    ],
    [
      'rule in force before publication',
      { ...rule, effectiveDate: '2024-01-09' },
      ['effectiveDate:effectiveBeforePublished:warning', 'shortNoticeGround:ruleShortNotice:refusal'],
    ],
    ['30 days cross a month and a year', { kind: 'rule', publishedDate: '2023-12-15', effectiveDate: '2024-01-14' }, []],
    ['rule without a publication date yet', { kind: 'rule', effectiveDate: '2024-01-10' }, []],
    [
      '行政规范性文件 published without 有效期至',
      { kind: 'normative-government', publishing: true },
      ['expiresOn:expiresOnRequired:refusal'],
    ],
    ['行政规范性文件 published with 有效期至', { kind: 'normative-government', publishing: true, expiresOn: '2029-01-09' }, []],
    ['行政规范性文件 saved as a draft without 有效期至', { kind: 'normative-government', publishing: false }, []],
    ['部门规范性文件 published without 有效期至', { kind: 'normative-department', publishing: true }, []],
  ])('%s', (_name, input, expected) => {
    expect(checkDateRules(input, builtInDocumentKinds).map((issue) => `${issue.field}:${issue.code}:${issue.severity}`)).toEqual(expected)
  })
})
