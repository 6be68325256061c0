import { describe, expect, it } from 'vitest'

import { addDays, addMonthsToDay } from '../../core/calendar/calendarArithmetic'
import { foldText, readNumber } from '../../core/documents/clauseText'
import {
  lastDayOfTerm,
  parseValidityClause,
  type ClauseContext,
  type ValidityClause,
  type ValidityTerm,
} from '../../core/documents/validityClause'

describe('lastDayOfTerm: the day before the anniversary', () => {
  it.each<[string, ValidityTerm, string]>([
    ['2022-07-01', { count: 5, unit: 'year' }, '2027-06-30'],
    ['2022-01-01', { count: 5, unit: 'year' }, '2026-12-31'],
    ['2022-07-01', { count: 1, unit: 'year' }, '2023-06-30'],
    ['2020-02-29', { count: 1, unit: 'year' }, '2021-02-28'],
    ['2020-02-29', { count: 4, unit: 'year' }, '2024-02-28'],
    ['2019-03-01', { count: 1, unit: 'year' }, '2020-02-29'],
    ['2021-03-01', { count: 1, unit: 'year' }, '2022-02-28'],
    ['2022-07-01', { count: 6, unit: 'month' }, '2022-12-31'],
    ['2022-01-31', { count: 1, unit: 'month' }, '2022-02-28'],
    ['2022-03-01', { count: 1, unit: 'month' }, '2022-03-31'],
  ])('%s + %j ends %s', (start, term, expected) => {
    expect(lastDayOfTerm(start, term)).toBe(expected)
  })
})

describe('calendar arithmetic', () => {
  it.each<[string, number, string]>([
    ['2022-06-30', 1, '2022-07-01'],
    ['2022-12-31', 1, '2023-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2022-07-01', -1, '2022-06-30'],
    ['2022-07-01', 30, '2022-07-31'],
    ['0050-01-01', 0, '0050-01-01'],
  ])('addDays(%s, %i) is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected)
  })

  it.each<[string, number, string]>([
    ['2020-02-29', 12, '2021-03-01'],
    ['2020-02-29', 48, '2024-02-29'],
    ['2022-01-31', 1, '2022-03-01'],
    ['2022-07-01', 60, '2027-07-01'],
  ])('addMonthsToDay(%s, %i) is %s', (day, n, expected) => {
    expect(addMonthsToDay(day, n)).toBe(expected)
  })

  it('throws a RangeError on a day that does not exist', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError)
    expect(() => addMonthsToDay('2022-13-01', 1)).toThrow(RangeError)
  })
})

describe('readNumber', () => {
  it.each<[string, number | null]>([
    ['5', 5],
    ['30', 30],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十一', 31],
    ['一百二十', 120],
    ['一百零五', 105],
    ['', null],
    ['五年', null],
  ])('%s is %s', (s, expected) => {
    expect(readNumber(s)).toBe(expected)
  })
})

describe('foldText', () => {
  it('keeps a map back to the original text', () => {
    const folded = foldText('自 ２０２２年,有效期 5 年.共 1.5 万')
    expect(folded.text).toBe('自2022年，有效期5年。共1.5万')
    expect(folded.offsets).toHaveLength(folded.text.length)
  })
})

type Expected = Omit<ValidityClause, 'matchedText'> & { matchedText: string }

describe('parseValidityClause', () => {
  it.each<[string, string, ClauseContext, Expected]>([
    [
      'a date and a term in years',
      '本规定自2022年7月1日起施行，有效期5年。',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2022-07-01',
        term: { count: 5, unit: 'year' },
        expiresOn: '2027-06-30',
        matchedText: '本规定自2022年7月1日起施行，有效期5年',
      },
    ],
    [
      'a date and an end date',
      '本办法自2022年7月1日起施行，有效期至2027年6月30日。',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2022-07-01',
        expiresOn: '2027-06-30',
        matchedText: '本办法自2022年7月1日起施行，有效期至2027年6月30日',
      },
    ],
    [
      'from the day it is issued, with the 成文日期',
      '本通知自印发之日起施行。',
      { writtenDate: '2022-06-30' },
      { effectiveFrom: { basis: 'issued', daysAfter: 0 }, effectiveDate: '2022-06-30', matchedText: '本通知自印发之日起施行' },
    ],
    [
      'from the day it is issued, without the 成文日期',
      '本通知自印发之日起施行，有效期3年。',
      {},
      {
        effectiveFrom: { basis: 'issued', daysAfter: 0 },
        needs: 'writtenDate',
        term: { count: 3, unit: 'year' },
        matchedText: '本通知自印发之日起施行，有效期3年',
      },
    ],
    [
      'from the day it is made public',
      '本规定自公布之日起施行。',
      { publishedDate: '2022-07-05', writtenDate: '2022-06-30' },
      { effectiveFrom: { basis: 'published', daysAfter: 0 }, effectiveDate: '2022-07-05', matchedText: '本规定自公布之日起施行' },
    ],
    [
      'from the day it is made public, without the 发布日期',
      '本规定自公布之日起施行。',
      { writtenDate: '2022-06-30' },
      { effectiveFrom: { basis: 'published', daysAfter: 0 }, needs: 'publishedDate', matchedText: '本规定自公布之日起施行' },
    ],
    [
      '30 days after publication',
      '本办法自发布之日起30日后施行，有效期2年。',
      { publishedDate: '2022-07-01' },
      {
        effectiveFrom: { basis: 'published', daysAfter: 30 },
        effectiveDate: '2022-07-31',
        term: { count: 2, unit: 'year' },
        expiresOn: '2024-07-30',
        matchedText: '本办法自发布之日起30日后施行，有效期2年',
      },
    ],
    [
      'thirty days in Chinese numerals',
      '本办法自公布之日起三十日后施行。',
      { publishedDate: '2022-12-15' },
      { effectiveFrom: { basis: 'published', daysAfter: 30 }, effectiveDate: '2023-01-14', matchedText: '本办法自公布之日起三十日后施行' },
    ],
    [
      'a date in Chinese numerals with 〇',
      '本办法自二〇二二年七月一日起施行。',
      {},
      { effectiveFrom: { basis: 'date' }, effectiveDate: '2022-07-01', matchedText: '本办法自二〇二二年七月一日起施行' },
    ],
    [
      'a date in Chinese numerals with 零 and a two-digit day',
      '本办法自二零二二年十二月三十一日起施行，有效期五年。',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2022-12-31',
        term: { count: 5, unit: 'year' },
        expiresOn: '2027-12-30',
        matchedText: '本办法自二零二二年十二月三十一日起施行，有效期五年',
      },
    ],
    [
      'a date with ○ typed for 〇',
      '本办法自二○二二年七月一日起施行',
      {},
      { effectiveFrom: { basis: 'date' }, effectiveDate: '2022-07-01', matchedText: '本办法自二○二二年七月一日起施行' },
    ],
    [
      'full-width digits, ASCII punctuation and stray spaces',
      '本办法自 ２０２２ 年 ７ 月 １ 日起施行,有效期至 2027年6月30日.',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2022-07-01',
        expiresOn: '2027-06-30',
        matchedText: '本办法自 ２０２２ 年 ７ 月 １ 日起施行,有效期至 2027年6月30日',
      },
    ],
    [
      'a line break in mid-clause',
      '本办法自2022年7月1日起施行，有效\n期5年。',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2022-07-01',
        term: { count: 5, unit: 'year' },
        expiresOn: '2027-06-30',
        matchedText: '本办法自2022年7月1日起施行，有效\n期5年',
      },
    ],
    ['a term alone', '有效期为3年', {}, { term: { count: 3, unit: 'year' }, matchedText: '有效期为3年' }],
    [
      'a term alone in Chinese numerals, with the 施行日期 passed in',
      '有效期三年。',
      { effectiveDate: '2022-07-01' },
      { term: { count: 3, unit: 'year' }, expiresOn: '2025-06-30', matchedText: '有效期三年' },
    ],
    [
      'a term from a leap day',
      '本办法自2020年2月29日起施行，有效期1年。',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2020-02-29',
        term: { count: 1, unit: 'year' },
        expiresOn: '2021-02-28',
        matchedText: '本办法自2020年2月29日起施行，有效期1年',
      },
    ],
    [
      'a term in months',
      '本通知自2022年7月1日起施行，有效期6个月。',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2022-07-01',
        term: { count: 6, unit: 'month' },
        expiresOn: '2022-12-31',
        matchedText: '本通知自2022年7月1日起施行，有效期6个月',
      },
    ],
    [
      '试行, with a term of two years',
      '本办法自2022年7月1日起试行，试行期两年。',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2022-07-01',
        term: { count: 2, unit: 'year' },
        expiresOn: '2024-06-30',
        provisional: '试行',
        matchedText: '本办法自2022年7月1日起试行，试行期两年',
      },
    ],
    [
      '暂行 in the subject, the term two sentences on',
      '第二十条 本暂行办法自2022年7月1日起施行。原《某办法》（2015年1月1日起施行）同时废止。有效期2年。',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2022-07-01',
        term: { count: 2, unit: 'year' },
        expiresOn: '2024-06-30',
        provisional: '暂行',
        matchedText: '本暂行办法自2022年7月1日起施行。原《某办法》（2015年1月1日起施行）同时废止。有效期2年',
      },
    ],
    [
      'the document’s own clause, not the date of one it cites',
      '本办法自2023年1月1日起实施，《某规定》自2015年1月1日起施行的同时废止。',
      {},
      { effectiveFrom: { basis: 'date' }, effectiveDate: '2023-01-01', matchedText: '本办法自2023年1月1日起实施' },
    ],
    [
      'the subject in an earlier phrase of the sentence',
      '本办法经市人民政府常务会议审议通过，自2022年7月1日起施行。',
      {},
      {
        effectiveFrom: { basis: 'date' },
        effectiveDate: '2022-07-01',
        matchedText: '本办法经市人民政府常务会议审议通过，自2022年7月1日起施行',
      },
    ],
    [
      'from the day it is issued, by another word',
      '本意见自即日起执行。',
      { writtenDate: '2022-06-30' },
      { effectiveFrom: { basis: 'issued', daysAfter: 0 }, effectiveDate: '2022-06-30', matchedText: '本意见自即日起执行' },
    ],
  ])('%s', (_name, text, context, expected) => {
    expect(parseValidityClause(text, context)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['no clause at all', '现将《工作要点》印发给你们，请认真贯彻落实。'],
    ['empty text', ''],
    ['a date that does not exist', '本办法自2023年2月29日起施行。'],
    ['a year is not a term', '有效期二〇二七年'],
  ])('%s: null', (_name, text) => {
    expect(parseValidityClause(text)).toBeNull()
  })

  it('reads a whole document and finds the clause at its end', () => {
    const text = [
      '运城市某某管理办法',
      '第一条 为规范管理，根据有关规定，制定本办法。',
      '第二条 许可证有效期为3年，自发证之日起计算。',
      '第三十条 本办法自2022年7月1日起施行，有效期5年。',
    ].join('\n')
    expect(parseValidityClause(text)).toMatchObject({
      effectiveDate: '2022-07-01',
      expiresOn: '2027-06-30',
      matchedText: '本办法自2022年7月1日起施行，有效期5年',
    })
  })
})
