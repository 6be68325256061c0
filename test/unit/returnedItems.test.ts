import { describe, expect, it } from 'vitest'

import { itemsReturnedTo, type Submission } from '../../core/workflow/returnedItems'

const at = (minute: number) => `2026-03-10T08:${String(minute).padStart(2, '0')}:00.000Z`

describe('itemsReturnedTo', () => {
  it.each<[string, number, number[], Submission[], number[]]>([
    ['submitted by me', 1, [10], [{ item: 10, user: 1, createdAt: at(1) }], [10]],
    ['submitted by someone else', 1, [10], [{ item: 10, user: 2, createdAt: at(1) }], []],
    [
      'submitted by me, then by another: theirs',
      1,
      [10],
      [
        { item: 10, user: 1, createdAt: at(1) },
        { item: 10, user: 2, createdAt: at(2) },
      ],
      [],
    ],
    [
      'submitted by another, then by me: mine',
      1,
      [10],
      [
        { item: 10, user: 2, createdAt: at(1) },
        { item: 10, user: 1, createdAt: at(2) },
      ],
      [10],
    ],
    [
      'order given does not matter, time does',
      1,
      [10],
      [
        { item: 10, user: 1, createdAt: at(2) },
        { item: 10, user: 2, createdAt: at(1) },
      ],
      [10],
    ],
    [
      'same instant: the later record wins',
      1,
      [10],
      [
        { item: 10, user: 2, createdAt: at(1) },
        { item: 10, user: 1, createdAt: at(1) },
      ],
      [10],
    ],
    ['the submitter account is gone', 1, [10], [{ item: 10, user: null, createdAt: at(1) }], []],
    ['never submitted (imported as sent back)', 1, [10], [], []],
    [
      'only sent-back items count',
      1,
      [10],
      [
        { item: 10, user: 1, createdAt: at(1) },
        { item: 11, user: 1, createdAt: at(1) },
      ],
      [10],
    ],
    [
      'ids compare as text (database ids may be strings)',
      1,
      [10, 12],
      [
        { item: '10', user: '1', createdAt: at(1) },
        { item: 12, user: 1, createdAt: at(1) },
      ],
      [10, 12],
    ],
  ])('%s', (_, user, sentBack, submissions, expected) => {
    expect(itemsReturnedTo(user, sentBack, submissions)).toEqual(expected)
  })
})
