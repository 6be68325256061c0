import { describe, expect, it } from 'vitest'

import { checkDocumentDates, type DocumentDates } from '../../cms/domain/documentDates'

describe('checkDocumentDates', () => {
  it.each<[string, DocumentDates, string[]]>([
    ['no dates at all', {}, []],
    ['all in order', { writtenDate: '2022-06-30', publishedDate: '2022-07-01', effectiveDate: '2022-08-01', expiresOn: '2027-07-31' }, []],
    ['published the day it was written', { writtenDate: '2022-06-30', publishedDate: '2022-06-30' }, []],
    ['published the day before it was written', { writtenDate: '2022-06-30', publishedDate: '2022-06-29' }, ['publishedDate:publishedBeforeWritten']],
    ['in force and expiring the same day', { effectiveDate: '2022-07-01', expiresOn: '2022-07-01' }, []],
    ['in force the day after expiry', { effectiveDate: '2022-07-02', expiresOn: '2022-07-01' }, ['expiresOn:effectiveAfterExpiry']],
    ['expiry without a start date', { expiresOn: '2022-07-01' }, []],
    ['repealed the day it took effect', { effectiveDate: '2022-07-01', repealedOn: '2022-07-01' }, []],
    ['repealed the day before it took effect', { effectiveDate: '2022-07-01', repealedOn: '2022-06-30' }, ['repealedOn:repealedBeforeEffective']],
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
