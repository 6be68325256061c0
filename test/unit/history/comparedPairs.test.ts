/**
 * Which pairs of versions the static site compares (core/history/comparedPairs.ts), at the
 * bound and on both sides of it, and where the comparison form sends a reader's choice
 * (site/scripts/history/openComparison.ts).
 */
import { describe, expect, it } from 'vitest'

import { comparisonPath } from '../../../core/addresses'
import { ALL_PAIRS_UP_TO, comparedPairs, hasCompareForm, isComparedPair } from '../../../core/history/comparedPairs'
import { chooseComparison } from '../../../site/scripts/history/openComparison'

const pairs = (count: number) => comparedPairs(count).map(({ from, to }) => `${from}-${to}`)

describe('the pairs of versions compared', () => {
  it.each([
    [1, []],
    [2, ['1-2']],
    [3, ['1-2', '1-3', '2-3']],
    [4, ['1-2', '1-3', '2-3', '1-4', '2-4', '3-4']],
  ])('%i versions: every pair, the earlier first', (count, expected) => {
    expect(pairs(count)).toEqual(expected)
  })

  it.each([
    [ALL_PAIRS_UP_TO - 1, ((ALL_PAIRS_UP_TO - 1) * (ALL_PAIRS_UP_TO - 2)) / 2],
    [ALL_PAIRS_UP_TO, (ALL_PAIRS_UP_TO * (ALL_PAIRS_UP_TO - 1)) / 2],
    [ALL_PAIRS_UP_TO + 1, 2 * (ALL_PAIRS_UP_TO + 1) - 3],
    [30, 2 * 30 - 3],
  ])('%i versions: %i pairs', (count, expected) => {
    expect(comparedPairs(count)).toHaveLength(expected)
  })

  it('past the bound: each version with the one before it and with the current text, nothing else', () => {
    const count = ALL_PAIRS_UP_TO + 2
    for (let to = 2; to <= count; to++) {
      for (let from = 1; from < to; from++) {
        expect(isComparedPair(count, from, to), `${from}-${to}`).toBe(from === to - 1 || to === count)
      }
    }
  })

  it('is the same pair in either order', () => {
    expect(isComparedPair(3, 3, 1)).toBe(true)
    expect(isComparedPair(3, 2, 2)).toBe(false)
  })

  it.each([
    [1, false],
    [2, false],
    [3, true],
  ])('%i versions: a comparison form %s', (count, expected) => {
    expect(hasCompareForm(count)).toBe(expected)
  })
})

describe('where the form sends a choice', () => {
  it.each([
    [1, 3, { href: '/documents/d/compare/1-3/' }],
    [3, 1, { href: '/documents/d/compare/1-3/' }],
    [2, 3, { href: '/documents/d/versions/3/changes/' }],
    [3, 2, { href: comparisonPath('d', 2, 3) }],
  ])('versions %i and %i of 3', (a, b, expected) => {
    expect(chooseComparison('d', 3, a, b)).toEqual(expected)
  })

  it.each([
    [2, 2, '请选择两个不同的版本进行比较。'],
    [0, 3, '请从列表中选择本文件的两个版本。'],
    [1, 4, '请从列表中选择本文件的两个版本。'],
    [Number.NaN, 1, '请从列表中选择本文件的两个版本。'],
    [1.5, 3, '请从列表中选择本文件的两个版本。'],
  ])('versions %s and %s of 3: says why not', (a, b, message) => {
    expect(chooseComparison('d', 3, a, b)).toEqual({ message })
  })

  it('past the bound, a pair without a page is explained, not opened', () => {
    const count = ALL_PAIRS_UP_TO + 2
    expect(chooseComparison('d', count, 2, 5)).toEqual({ message: expect.stringContaining('没有这两个版本的对照页') })
    expect(chooseComparison('d', count, 2, count)).toEqual({ href: comparisonPath('d', 2, count) })
  })
})
