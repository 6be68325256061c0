import { describe, expect, it } from 'vitest'
import { isCalendarDate } from '../../core/calendar/calendarDate'
import { HOLIDAY_YEARS, type Festival } from '../../core/calendar/holidays'
import {
  UnknownCalendarYearError,
  addWorkingDays,
  calendarCoverage,
  describeDay,
  isWorkingDay,
  workingDaysBetween,
} from '../../core/calendar/workingDays'

const FESTIVALS: Festival[] = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']

function daysFrom(first: string, last: string): string[] {
  const days: string[] = []
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10))
  }
  return days
}

const weekday = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay()

describe('holiday data, as the notices state it', () => {
  it('holds 2018 to 2026 without gaps, oldest first', () => {
    expect(HOLIDAY_YEARS.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
  })

  describe.each(HOLIDAY_YEARS.map((y) => [y.year, y] as const))('%i', (year, data) => {
    it('cites the annual notice of the year before, then any amendment', () => {
      const [notice, ...amendments] = data.sources
      expect(notice?.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`)
      expect(notice?.number).toMatch(new RegExp(`^国办发明电〔${year - 1}〕[1-9]\\d*号$`))
      for (const source of amendments) expect(source.number).toMatch(new RegExp(`^国办发明电〔${year}〕[1-9]\\d*号$`))
      for (const source of data.sources) {
        expect(isCalendarDate(source.date)).toBe(true)
        if (source.published) expect(source.published > source.date).toBe(true)
      }
    })

    it('names every festival once', () => {
      const named = data.holidays.flatMap((h) => h.name.split('、'))
      expect([...named].sort()).toEqual([...FESTIVALS].sort())
    })

    it.each(data.holidays.map((h) => [h.name, h] as const))(
      '%s: "共N天" matches the stretch, 调休 days are weekends outside it',
      (_, block) => {
        const [first, last] = block.off
        expect(isCalendarDate(first) && isCalendarDate(last)).toBe(true)
        expect(daysFrom(first, last)).toHaveLength(block.days)
        // Only 元旦 may reach back into the previous December, and never before the 29th.
        expect(first >= `${year - 1}-12-29` && last <= `${year}-12-31`).toBe(true)
        for (const day of block.work) {
          expect([0, 6]).toContain(weekday(day))
          expect(day >= first && day <= last).toBe(false)
        }
      },
    )
  })

  it('never declares a day both off and worked', () => {
    const off = new Set(HOLIDAY_YEARS.flatMap((y) => y.holidays.flatMap((h) => daysFrom(...h.off))))
    const work = HOLIDAY_YEARS.flatMap((y) => y.holidays.flatMap((h) => h.work))
    expect(work.filter((day) => off.has(day))).toEqual([])
  })
})

describe('isWorkingDay at real holiday boundaries', () => {
  it.each([
    // 2024 Spring Festival: 10 to 17 February off, Sundays 4 and 18 February worked.
    ['2024-02-04', true],
    ['2024-02-08', true],
    ['2024-02-09', true], // 除夕: before 2025 only "encouraged" as leave, still a working day
    ...daysFrom('2024-02-10', '2024-02-17').map((d) => [d, false] as const),
    ['2024-02-18', true],
    ['2024-02-19', true],
    // 2023 Mid-Autumn and National Day: 29 September to 6 October off, 7 and 8 October worked.
    ['2023-09-28', true],
    ...daysFrom('2023-09-29', '2023-10-06').map((d) => [d, false] as const),
    ['2023-10-07', true],
    ['2023-10-08', true],
    ['2023-10-09', true],
    // Saturdays made working days.
    ['2024-05-11', true],
    ['2024-09-14', true],
    ['2024-10-12', true],
    ['2025-02-08', true],
    ['2026-02-14', true],
    ['2026-02-28', true],
    // Sundays made working days, one of them far from its holiday.
    ['2026-01-04', true],
    ['2026-09-20', true],
    // From 2025 the eve is a statutory holiday.
    ['2025-01-28', false],
    ['2026-02-16', false],
    // 2020: the Spring Festival extended to 2 February, cancelling the working Saturday 1 February.
    ['2020-01-19', true],
    ['2020-01-31', false],
    ['2020-02-01', false],
    ['2020-02-02', false],
    ['2020-02-03', true],
    // 2019: Labour Day extended to 1 to 4 May in March 2019.
    ['2019-04-28', true],
    ['2019-05-02', false],
    ['2019-05-04', false],
    ['2019-05-05', true],
    // The 2019 notice reaches back into 2018.
    ['2018-12-29', true],
    ['2018-12-31', false],
    ['2023-01-02', false],
    // Ordinary days, and the edges of the calendar held.
    ['2024-03-06', true],
    ['2024-03-09', false],
    ['2024-03-10', false],
    ['2018-01-01', false],
    ['2018-01-02', true],
    ['2026-12-28', true],
  ] as const)('%s → %s', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected)
  })

  it.each([
    ['2023-10-07', { working: true, kind: 'adjusted-working-day', holiday: '中秋节、国庆节' }],
    ['2024-02-12', { working: false, kind: 'holiday', holiday: '春节' }],
    ['2024-06-08', { working: false, kind: 'holiday', holiday: '端午节' }],
    ['2024-03-09', { working: false, kind: 'weekend' }],
    ['2024-03-06', { working: true, kind: 'weekday' }],
  ] as const)('describeDay(%s)', (day, expected) => {
    expect(describeDay(day)).toEqual(expected)
  })
})

describe('years without a notice are unknown, not guessed', () => {
  it.each([
    ['2017-06-01', 2017],
    ['2017-12-30', 2017],
    ['2030-01-02', 2030],
    ['2027-01-04', 2027],
    // Late December waits for the next year's 元旦 arrangement.
    ['2026-12-29', 2027],
    ['2026-12-31', 2027],
  ])('%s needs the %i notice', (day, year) => {
    let error: unknown
    try {
      isWorkingDay(day)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UnknownCalendarYearError)
    expect(error).toBeInstanceOf(RangeError)
    expect((error as UnknownCalendarYearError).year).toBe(year)
    expect((error as Error).message).toContain(`尚未收录${year}年的节假日安排`)
  })

  it('fails a deadline that runs past the calendar held', () => {
    expect(() => addWorkingDays('2026-12-20', 7)).toThrow(UnknownCalendarYearError)
    expect(() => addWorkingDays('2017-12-29', 1)).toThrow('尚未收录2017年的节假日安排')
  })

  it('does not judge the day of the event, so a start just before the calendar is fine', () => {
    expect(addWorkingDays('2017-12-31', 1)).toBe('2018-01-02')
  })

  it('reports its coverage', () => {
    expect(calendarCoverage()).toEqual({ firstYear: 2018, lastYear: 2026, firstDay: '2018-01-01', lastDay: '2026-12-28' })
  })
})

describe('addWorkingDays: the n-th working day after the start', () => {
  it.each([
    // Spring Festival 2024.
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-08', 2, '2024-02-18'],
    ['2024-02-09', 1, '2024-02-18'],
    ['2024-02-08', 7, '2024-02-23'],
    // Spring Festival 2025 and 2026, under the new rules.
    ['2025-01-24', 7, '2025-02-10'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    // National Day 2023.
    ['2023-09-28', 1, '2023-10-07'],
    ['2023-09-28', 3, '2023-10-09'],
    // Friday, Saturday and Sunday starts all reach Monday.
    ['2024-03-01', 1, '2024-03-04'],
    ['2024-03-02', 1, '2024-03-04'],
    ['2024-03-03', 1, '2024-03-04'],
    ['2024-03-02', 5, '2024-03-08'],
    // Across a year end.
    ['2018-12-28', 1, '2018-12-29'],
    ['2018-12-28', 2, '2019-01-02'],
    // 20 working days, counting a worked Sunday, and across National Day.
    ['2024-01-15', 20, '2024-02-09'],
    ['2024-09-20', 20, '2024-10-23'],
    // Zero returns the start, whatever it is.
    ['2024-03-06', 0, '2024-03-06'],
    ['2024-02-10', 0, '2024-02-10'],
  ] as const)('%s + %i → %s', (start, n, expected) => {
    expect(addWorkingDays(start, n)).toBe(expected)
  })

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %s', (n) => {
    expect(() => addWorkingDays('2024-03-06', n)).toThrow(RangeError)
    expect(() => addWorkingDays('2024-03-06', n)).not.toThrow(UnknownCalendarYearError)
  })

  it.each(['2024-02-30', '2024/03/06', '', '2024-3-6'])('rejects the malformed day %j', (day) => {
    expect(() => addWorkingDays(day, 1)).toThrow('无效')
    expect(() => isWorkingDay(day)).toThrow('无效')
  })
})

describe('workingDaysBetween', () => {
  it.each([
    ['2024-02-08', '2024-02-23', 7],
    ['2024-02-23', '2024-02-08', -7],
    ['2024-03-06', '2024-03-06', 0],
    ['2024-02-10', '2024-02-17', 0],
    ['2024-02-09', '2024-02-18', 1],
    ['2023-09-28', '2023-10-09', 3],
  ] as const)('(%s, %s] → %i', (a, b, expected) => {
    expect(workingDaysBetween(a, b)).toBe(expected)
  })

  // Totals checked day by day against an independent transcription of the notices (holiday-cn).
  it.each([
    [2018, 250],
    [2019, 250],
    [2020, 249],
    [2021, 250],
    [2022, 249],
    [2023, 249],
    [2024, 251],
    [2025, 248],
  ])('%i has %i working days', (year, total) => {
    expect(workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(total)
  })

  it('2026 has 245 working days up to 28 December', () => {
    expect(workingDaysBetween('2025-12-31', '2026-12-28')).toBe(245)
  })

  it.each([
    ['2024-02-01', 10],
    ['2023-09-25', 20],
    ['2025-01-18', 20],
    ['2020-01-17', 7],
  ] as const)('inverts addWorkingDays from %s + %i', (start, n) => {
    expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n)
  })
})
