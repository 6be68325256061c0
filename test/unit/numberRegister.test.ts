import { describe, expect, it } from 'vitest'

import { formatSerialRuns, summarizeSerials } from '../../core/numbering/numberRegister'

describe('summarizeSerials', () => {
  it.each([
    ['an empty series', [], [], { highest: 0, used: [], gaps: [], allocatedUnused: [] }],
    ['a full run', [1, 2, 3], [1, 2, 3], { highest: 3, used: [1, 2, 3], gaps: [], allocatedUnused: [] }],
    ['a gap in the middle', [1, 2, 4], [], { highest: 4, used: [1, 2, 4], gaps: [3], allocatedUnused: [] }],
    ['a missing first number', [2, 3], [], { highest: 3, used: [2, 3], gaps: [1], allocatedUnused: [] }],
    ['allocated but not used at the end', [1, 2], [1, 2, 3], { highest: 3, used: [1, 2], gaps: [3], allocatedUnused: [3] }],
    ['unordered input with repeats', [5, 1, 5, 3], [2], { highest: 5, used: [1, 3, 5], gaps: [2, 4], allocatedUnused: [2] }],
    ['nonsense serials ignored', [0, -1, 1.5, 2], [], { highest: 2, used: [2], gaps: [1], allocatedUnused: [] }],
  ])('%s', (_name, used, allocated, expected) => {
    expect(summarizeSerials(used, allocated)).toEqual(expected)
  })
})

describe('formatSerialRuns', () => {
  it.each([
    [[], ''],
    [[7], '7'],
    [[1, 2, 3], '1–3'],
    [[1, 2, 3, 5], '1–3、5'],
    [[9, 1, 2, 10, 4], '1–2、4、9–10'],
  ])('%j → %s', (serials, expected) => {
    expect(formatSerialRuns(serials)).toBe(expected)
  })
})
