import { describe, expect, it } from 'vitest'

import {
  daysBetween,
  dueReminder,
  expiryWindowDays,
  parseReminderDays,
  type ReminderRecord,
} from '../../core/notifications/expiryReminders'
import { expiryMail } from '../../cms/notifications/expiryMail'

describe('parseReminderDays', () => {
  it.each<[string | undefined, number[]]>([
    [undefined, [30]],
    ['', [30]],
    ['  ', [30]],
    ['30', [30]],
    ['7,30', [30, 7]],
    ['30, 7, 7', [30, 7]],
    ['60，15', [60, 15]],
    ['off', []],
    ['OFF', []],
    ['0', []],
  ])('%j → %j', (value, expected) => {
    expect(parseReminderDays(value)).toEqual(expected)
  })

  it.each(['30天', '-1', '1.5', '30,abc', '99999', '0,7'])('refuses %j with a Chinese message', (value) => {
    expect(() => parseReminderDays(value)).toThrow(/EXPIRY_REMINDER_DAYS 设置有误/)
  })
})

describe('expiryWindowDays', () => {
  it.each<[number[], number]>([
    [[], 30],
    [[30], 30],
    [[7], 30],
    [[60, 7], 60],
  ])('horizons %j → %i days', (horizons, expected) => {
    expect(expiryWindowDays(horizons)).toBe(expected)
  })
})

describe('dueReminder', () => {
  const today = '2026-03-10'
  it.each<[string, string, number[], ReminderRecord | null, { daysLeft: number; horizon: number; horizons: number[] } | null]>([
    ['outside every horizon', '2026-05-01', [30, 7], null, null],
    ['on the 30th day ahead', '2026-04-09', [30, 7], null, { daysLeft: 30, horizon: 30, horizons: [30] }],
    ['inside 30, already reminded at 30', '2026-04-01', [30, 7], { expiresOn: '2026-04-01', horizons: [30] }, null],
    [
      'inside 7 after the 30-day reminder',
      '2026-03-15',
      [30, 7],
      { expiresOn: '2026-03-15', horizons: [30] },
      { daysLeft: 5, horizon: 7, horizons: [30, 7] },
    ],
    ['first seen inside both: one reminder', '2026-03-15', [30, 7], null, { daysLeft: 5, horizon: 7, horizons: [30, 7] }],
    ['both already sent', '2026-03-15', [30, 7], { expiresOn: '2026-03-15', horizons: [30, 7] }, null],
    ['expires today', '2026-03-10', [30], null, { daysLeft: 0, horizon: 30, horizons: [30] }],
    ['already expired', '2026-03-09', [30], null, null],
    [
      'new 有效期至: reminded afresh',
      '2026-04-01',
      [30],
      { expiresOn: '2026-03-20', horizons: [30] },
      { daysLeft: 22, horizon: 30, horizons: [30] },
    ],
    ['no horizons', '2026-03-15', [], null, null],
  ])('%s', (_, expiresOn, horizons, sent, expected) => {
    const due = dueReminder(expiresOn, today, horizons, sent)
    expect(due && { daysLeft: due.daysLeft, horizon: due.horizon, horizons: due.record.horizons }).toEqual(expected)
    if (due) expect(due.record.expiresOn).toBe(expiresOn)
  })
})

describe('daysBetween', () => {
  it.each<[string, string, number]>([
    ['2026-03-10', '2026-03-10', 0],
    ['2026-03-10', '2026-04-09', 30],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-10', '2026-03-09', -1],
  ])('%s → %s is %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected)
  })
})

describe('expiryMail', () => {
  const item = (title: string, expiresOn: string, daysLeft: number, horizon = 30) => ({
    title,
    docNumber: null,
    expiresOn,
    daysLeft,
    horizon,
    link: `https://cms.example.gov.cn/admin/collections/documents/${title.length}`,
  })
  it('names a single document in the subject', () => {
    const mail = expiryMail({
      items: [item('关于甲的规定', '2026-04-09', 30)],
      listLink: 'https://cms.example.gov.cn/admin/collections/documents?where',
    })
    expect(mail.subject).toBe('【即将到期】文件《关于甲的规定》的有效期至2026年4月9日届满')
    expect(mail.text).toContain('有效期至：2026年4月9日（还有 30 天，提前 30 天提醒）')
    expect(mail.text).toContain('全部即将到期的文件：https://cms.example.gov.cn/admin/collections/documents?where')
  })
  it('counts several and lists the nearest expiry first', () => {
    const mail = expiryMail({ items: [item('乙', '2026-04-01', 22), item('丙', '2026-03-10', 0, 7)], listLink: 'x' })
    expect(mail.subject).toBe('【即将到期】2件文件的有效期即将届满')
    expect(mail.text.indexOf('《丙》')).toBeLessThan(mail.text.indexOf('《乙》'))
    expect(mail.text).toContain('今天届满，提前 7 天提醒')
  })
})
