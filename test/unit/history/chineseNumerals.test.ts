import { describe, expect, it } from 'vitest'

import { chineseNumeral, parseChineseNumeral } from '../../../core/history/chineseNumerals'

describe('parseChineseNumeral', () => {
  it.each<[string, number]>([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百十', 110],
    ['一百二十三', 123],
    ['两百', 200],
    ['一千二百六十', 1260],
    ['一千零一十', 1010],
    ['一千零一', 1001],
    ['123', 123],
    ['１２', 12],
  ])('%s is %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value)
  })

  it.each(['', '零', '0', '百百', '十十', '一二', '百', '千五', '条', '一百零', '二〇二二'])('%j is no numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeNull()
  })
})

describe('chineseNumeral', () => {
  it.each<[number, string]>([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [101, '一百零一'],
    [110, '一百一十'],
    [123, '一百二十三'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1260, '一千二百六十'],
  ])('%i is %s', (value, text) => {
    expect(chineseNumeral(value)).toBe(text)
  })

  it('reads back what it writes, from 1 to 9999', () => {
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n)
  })

  it.each([0, -1, 10000, 1.5])('refuses %s', (value) => {
    expect(() => chineseNumeral(value)).toThrow(RangeError)
  })
})
