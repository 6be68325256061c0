import { describe, expect, it } from 'vitest'
import {
  DEADLINE_STATE_LABELS,
  DISCLOSURE_WORKING_DAYS,
  INTERPRETATION_WORKING_DAYS,
  deadlineState,
  disclosureDueDate,
  interpretationDueDate,
} from '../../core/interpretations/interpretationDeadlines'
import { UnknownCalendarYearError } from '../../core/calendar/workingDays'

it('uses 7 and 20 working days', () => {
  expect(INTERPRETATION_WORKING_DAYS).toBe(7)
  expect(DISCLOSURE_WORKING_DAYS).toBe(20)
})

describe('interpretationDueDate: 7 working days after publication', () => {
  it.each([
    ['2024-03-06', '2024-03-15'], // an ordinary Wednesday
    ['2024-02-08', '2024-02-23'], // across the 2024 Spring Festival and its worked Sunday
    ['2023-09-27', '2023-10-12'], // across Mid-Autumn and National Day 2023
    ['2025-01-24', '2025-02-10'], // across the 2025 Spring Festival, eve included
    ['2026-02-12', '2026-02-28'], // ends on a worked Saturday
    ['2024-03-01', '2024-03-12'], // Friday
    ['2024-03-02', '2024-03-12'], // Saturday: the weekend adds nothing
    ['2024-03-03', '2024-03-12'], // Sunday
    ['2026-12-17', '2026-12-28'], // the last deadline the calendar held can give
  ] as const)('published %s → due %s', (published, due) => {
    expect(interpretationDueDate(published)).toBe(due)
  })
})

describe('disclosureDueDate: 20 working days after being made or changed', () => {
  it.each([
    ['2024-06-03', '2024-07-02'], // across the Dragon Boat Festival
    ['2024-09-20', '2024-10-23'], // across National Day, with a worked Sunday and Saturday
    ['2025-01-20', '2025-02-21'], // across the 2025 Spring Festival
    ['2024-01-15', '2024-02-09'], // counting the worked Sunday 4 February
    ['2024-03-02', '2024-03-29'], // made on a Saturday
  ] as const)('made %s → due %s', (made, due) => {
    expect(disclosureDueDate(made)).toBe(due)
  })
})

describe('deadlines in a year without a notice', () => {
  it.each([
    [() => interpretationDueDate('2017-06-01'), 2017],
    [() => disclosureDueDate('2030-05-01'), 2030],
    [() => interpretationDueDate('2026-12-18'), 2027],
    [() => disclosureDueDate('2026-12-10'), 2027],
  ])('%#: unknown year %i', (compute, year) => {
    expect(compute).toThrow(UnknownCalendarYearError)
    expect(compute).toThrow(`尚未收录${year}年的节假日安排`)
  })
})

describe('deadlineState', () => {
  it.each([
    ['2024-02-23', '2024-02-24', 'overdue'],
    ['2024-02-23', '2024-03-20', 'overdue'],
    ['2024-02-23', '2024-02-23', 'due-soon'], // due today
    ['2024-02-23', '2024-02-22', 'due-soon'],
    ['2024-02-23', '2024-02-20', 'due-soon'], // 3 working days left
    ['2024-02-23', '2024-02-19', 'on-time'], // 4 left
    ['2024-02-19', '2024-02-09', 'due-soon'], // 10 calendar days, but only 2 working days
    ['2024-02-23', '2024-02-09', 'on-time'],
    ['2024-03-13', '2024-03-09', 'due-soon'], // today a Saturday
    ['2024-03-14', '2024-03-09', 'on-time'],
    ['2026-12-28', '2026-12-24', 'due-soon'], // stops at the due date, before the unknown 2027
    ['2030-01-10', '2031-01-01', 'overdue'], // past is past, no calendar needed
  ] as const)('due %s, today %s → %s', (due, today, expected) => {
    expect(deadlineState(due, today)).toBe(expected)
  })

  it('labels each state in Chinese', () => {
    expect(DEADLINE_STATE_LABELS).toEqual({ overdue: '已逾期', 'due-soon': '即将到期', 'on-time': '未到期' })
  })

  it('follows a document from publication to its interpretation deadline', () => {
    const due = interpretationDueDate('2024-02-08')
    expect([deadlineState(due, '2024-02-09'), deadlineState(due, '2024-02-20'), deadlineState(due, '2024-02-26')]).toEqual([
      'on-time',
      'due-soon',
      'overdue',
    ])
  })

  it('rejects malformed days', () => {
    expect(() => deadlineState('2024-02-23', '2024/02/20')).toThrow(RangeError)
    expect(() => deadlineState('2024-02-30', '2024-02-20')).toThrow(RangeError)
  })
})
