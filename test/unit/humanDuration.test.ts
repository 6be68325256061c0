import { describe, expect, it } from 'vitest'

import { humanDuration } from '../../core/calendar/humanDuration'

describe('humanDuration', () => {
  it.each<[number, string]>([
    [0, '0秒'],
    [40, '0秒'],
    [350, '0.4秒'],
    [8_400, '8.4秒'],
    [8_000, '8秒'],
    [9_960, '10秒'],
    [42_300, '42秒'],
    [59_600, '1分钟'],
    [72_000, '1分12秒'],
    [120_000, '2分钟'],
    [3_599_400, '59分59秒'],
    [3_599_600, '1小时'],
    [7_500_000, '2小时5分'],
    // 119.5 minutes round to two hours, never to 1小时60分.
    [7_170_000, '2小时'],
  ])('%d ms is %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text)
  })

  it.each([null, undefined, Number.NaN, -1, Number.POSITIVE_INFINITY])('%s is shown as a dash', (ms) => {
    expect(humanDuration(ms)).toBe('—')
  })
})
