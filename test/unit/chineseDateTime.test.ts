import { describe, expect, it } from 'vitest'

import { chineseDateTime } from '../../core/display/chineseDateTime'

describe("a moment in Chinese form, in the gazette's time zone", () => {
  it.each([
    ['2026-12-05T06:24:00.000Z', 'Asia/Shanghai', '2026年12月5日 14:24'],
    ['2026-12-31T16:05:00.000Z', 'Asia/Shanghai', '2027年1月1日 00:05'],
    ['2026-12-05T06:24:00.000Z', 'UTC', '2026年12月5日 06:24'],
  ])('%s in %s is %s', (value, timeZone, expected) => {
    expect(chineseDateTime(value, timeZone)).toBe(expected)
  })
})
