import { describe, expect, it } from 'vitest'
import { DEFAULT_TIME_ZONE, compareCalendarDates, fromCalendarDate, isCalendarDate, toCalendarDate } from '../../core/calendar/calendarDate'
import { formatChineseDate } from '../../core/display/chineseDate'

describe('isCalendarDate', () => {
  it.each([
    ['2022-06-30', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-28', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2022-04-31', false],
    ['2022-12-31', true],
    ['2022-13-01', false],
    ['2022-00-10', false],
    ['2022-01-00', false],
    ['2022-01-32', false],
    ['0000-01-01', false],
    ['2022-6-30', false],
    ['22-06-30', false],
    ['2022/06/30', false],
    ['2022-06-30T00:00:00Z', false],
    [' 2022-06-30', false],
    ['２０２２-06-30', false],
    ['', false],
    [null, false],
    [20220630, false],
  ])('%j → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected)
  })
})

describe('toCalendarDate', () => {
  it('defaults to the gazette zone', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Shanghai')
  })

  it.each([
    ['2022-06-30', undefined, '2022-06-30'],
    ['2024-02-29', undefined, '2024-02-29'],
    ['2022-06-29T23:30:00Z', undefined, '2022-06-30'],
    ['2022-06-29T15:59:59.999Z', undefined, '2022-06-29'],
    ['2022-06-29T16:00:00.000Z', undefined, '2022-06-30'],
    ['2022-06-30T04:00:00.000Z', undefined, '2022-06-30'],
    ['2022-12-31T16:00:00Z', undefined, '2023-01-01'],
    ['2024-02-28T16:00:00Z', undefined, '2024-02-29'],
    ['2023-02-28T16:00:00Z', undefined, '2023-03-01'],
    ['2022-06-30T00:30:00+08:00', undefined, '2022-06-30'],
    ['2022-06-30T23:30:00-05:00', undefined, '2022-07-01'],
    ['2022-06-30T00:30:00+0800', undefined, '2022-06-30'],
    ['2022-06-29T23:30:00Z', 'UTC', '2022-06-29'],
    ['2022-06-30T03:00:00Z', 'America/New_York', '2022-06-29'],
    ['2022-06-30T04:00:00Z', 'America/New_York', '2022-06-30'],
  ])('%s in %s → %s', (value, zone, expected) => {
    expect(toCalendarDate(value, zone)).toBe(expected)
  })

  it.each([
    [new Date('2022-06-29T23:30:00Z'), '2022-06-30'],
    [new Date('2022-06-29T15:30:00Z'), '2022-06-29'],
    [new Date(Date.UTC(1949, 9, 1, 2)), '1949-10-01'],
  ])('Date %s → %s', (value, expected) => {
    expect(toCalendarDate(value)).toBe(expected)
  })

  it.each([
    '2023-02-29',
    '2022-13-01',
    '2022/06/30',
    '2022-06-30T12:00:00',
    '2022-06-30 12:00:00Z',
    '2023-02-30T00:00:00Z',
    '2022年6月30日',
    '',
    'yesterday',
  ])('throws RangeError on %j', (value) => {
    expect(() => toCalendarDate(value)).toThrow(RangeError)
  })

  it('names the input in the error', () => {
    expect(() => toCalendarDate('2022-06-30T12:00:00')).toThrow('无法识别的日期时间“2022-06-30T12:00:00”')
    expect(() => toCalendarDate('2023-02-29')).toThrow('日期“2023-02-29”无效')
    expect(() => toCalendarDate(new Date('nonsense'))).toThrow('无效的日期时间')
  })

  it('an unknown time zone is refused by Intl', () => {
    expect(() => toCalendarDate('2022-06-30T04:00:00Z', 'Mars/Olympus')).toThrow(RangeError)
  })
})

describe('fromCalendarDate', () => {
  it.each([
    ['2022-06-30', undefined, '2022-06-30T04:00:00.000Z'],
    ['2024-02-29', undefined, '2024-02-29T04:00:00.000Z'],
    ['2023-01-01', undefined, '2023-01-01T04:00:00.000Z'],
    ['1949-10-01', undefined, '1949-10-01T04:00:00.000Z'],
    ['2022-06-30', 'UTC', '2022-06-30T12:00:00.000Z'],
    ['2022-06-30', 'America/New_York', '2022-06-30T16:00:00.000Z'],
    ['2022-01-15', 'America/New_York', '2022-01-15T17:00:00.000Z'],
    ['2022-03-13', 'America/New_York', '2022-03-13T16:00:00.000Z'],
    ['2022-11-06', 'America/New_York', '2022-11-06T17:00:00.000Z'],
    ['2022-06-30', 'Pacific/Kiritimati', '2022-06-29T22:00:00.000Z'],
  ])('%s in %s → %s', (day, zone, expected) => {
    expect(fromCalendarDate(day, zone)).toBe(expected)
  })

  it.each(['2022-06-30', '2024-02-29', '2022-12-31', '2023-01-01'])('round-trips %s in several zones', (day) => {
    for (const zone of ['Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      expect(toCalendarDate(fromCalendarDate(day, zone), zone)).toBe(day)
    }
  })

  it.each(['2023-02-29', '2022-6-30', '', '2022-06-30T04:00:00Z'])('throws RangeError on %j', (day) => {
    expect(() => fromCalendarDate(day)).toThrow(RangeError)
  })
})

describe('compareCalendarDates', () => {
  it.each([
    ['2022-06-30', '2022-07-01', -1],
    ['2022-07-01', '2022-06-30', 1],
    ['2022-06-30', '2022-06-30', 0],
    ['2021-12-31', '2022-01-01', -1],
    ['2024-02-29', '2024-03-01', -1],
    ['1999-12-31', '2000-01-01', -1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareCalendarDates(a, b)).toBe(expected)
  })

  it('sorts', () => {
    expect(['2022-07-01', '2021-01-15', '2022-06-30'].sort(compareCalendarDates)).toEqual(['2021-01-15', '2022-06-30', '2022-07-01'])
  })

  it.each([
    ['2023-02-29', '2022-01-01'],
    ['2022-01-01', 'soon'],
  ])('throws RangeError on %j, %j', (a, b) => {
    expect(() => compareCalendarDates(a, b)).toThrow(RangeError)
  })
})

describe('formatChineseDate', () => {
  it.each([
    ['2022-06-30', '2022年6月30日'],
    ['2019-07-18', '2019年7月18日'],
    ['2020-01-01', '2020年1月1日'],
    ['2024-02-29', '2024年2月29日'],
    ['2022-12-31', '2022年12月31日'],
  ])('%s → %s', (day, expected) => {
    expect(formatChineseDate(day)).toBe(expected)
  })

  it.each(['2023-02-29', '2022-6-30', '', '2022-06-30T00:00:00Z'])('throws RangeError on %j', (day) => {
    expect(() => formatChineseDate(day)).toThrow(RangeError)
  })
})
