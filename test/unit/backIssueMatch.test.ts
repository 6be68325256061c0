/**
 * Re-importing a back issue: which item the issue already holds each entry read now is
 * (by title as the reader compares titles, else by position within the same collection),
 * and the sections the saved entries make, in print order.
 */
import { describe, expect, it } from 'vitest'

import { issueSections } from '../../cms/backIssues/issueSections'
import { matchEntries } from '../../cms/backIssues/matchEntries'
import type { SavedEntry } from '../../cms/backIssues/savedEntry'

const doc = (title: string | null) => ({ collection: 'documents' as const, title })
const held = (title: string) => ({ collection: 'documents' as const, title })

describe('matchEntries', () => {
  it.each([
    { name: 'the same titles in the same order', read: [doc('甲'), doc('乙')], held: [held('甲'), held('乙')], want: [0, 1] },
    { name: 'the same titles in another order', read: [doc('乙'), doc('甲')], held: [held('甲'), held('乙')], want: [1, 0] },
    { name: 'brackets and spaces folded', read: [doc('关于〔2022〕 1号的通知')], held: [held('关于[2022]1号的通知')], want: [0] },
    { name: 'a title corrected since: by position', read: [doc('甲'), doc('乙（已更正）')], held: [held('甲'), held('乙')], want: [0, 1] },
    { name: 'an untitled entry: by position', read: [doc(null)], held: [held('甲')], want: [0] },
    { name: 'a new entry at the end', read: [doc('甲'), doc('丙')], held: [held('甲')], want: [0, null] },
    { name: 'a held item matched once', read: [doc('甲'), doc('甲')], held: [held('甲')], want: [0, null] },
    {
      name: 'the item at that position taken by its title elsewhere',
      read: [doc('丙'), doc('甲')],
      held: [held('甲'), held('乙')],
      want: [null, 0],
    },
    {
      name: 'no match across collections',
      read: [{ collection: 'interpretations' as const, title: '甲' }],
      held: [held('甲')],
      want: [null],
    },
  ])('$name', ({ read, held: items, want }) => {
    expect(matchEntries(read, items)).toEqual(want)
  })
})

describe('issueSections', () => {
  const entry = (position: number, section: string | null): SavedEntry => ({
    position,
    collection: 'documents',
    id: position,
    title: `第${position}篇`,
    docNumber: null,
    section,
    firstPage: position * 2,
    lastPage: position * 2 + 1,
    ocr: false,
    status: 'created',
    notes: [],
  })

  it('makes a section of each run of entries under one heading, an entry under none in 未分栏目', () => {
    const sections = issueSections([entry(1, null), entry(2, '市政府文件'), entry(3, '市政府文件'), entry(4, '部门文件')])
    expect(sections.map((section) => [section.title, section.entries?.map((e) => [e.item.value, e.firstPage, e.lastPage])])).toEqual([
      ['未分栏目', [[1, 2, 3]]],
      [
        '市政府文件',
        [
          [2, 4, 5],
          [3, 6, 7],
        ],
      ],
      ['部门文件', [[4, 8, 9]]],
    ])
  })
})
