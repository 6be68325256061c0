import { describe, expect, it } from 'vitest'

import {
  type QueueContext,
  type QueueKey,
  queueCollections,
  queueVisibleTo,
  queueWhere,
  startOfDay,
  visibleQueues,
} from '../../core/workflow/workQueues'

const context: QueueContext = {
  today: '2026-03-10',
  timeZone: 'Asia/Shanghai',
  expiryWindowDays: 30,
  returnedToUser: { documents: [4, 9], interpretations: [] },
}

describe('queueVisibleTo', () => {
  it.each<[QueueKey, string[], boolean]>([
    ['awaiting-review', ['reviewer'], true],
    ['awaiting-review', ['admin'], true],
    ['awaiting-review', ['editor'], false],
    ['awaiting-review', ['publisher'], false],
    ['awaiting-publication', ['publisher'], true],
    ['awaiting-publication', ['admin'], true],
    ['awaiting-publication', ['reviewer'], false],
    ['awaiting-publication', ['editor'], false],
    ['returned-to-me', ['editor'], true],
    ['returned-to-me', ['admin'], true],
    ['returned-to-me', ['reviewer'], false],
    ['returned-to-me', ['publisher'], false],
    ['expiring', ['editor'], true],
    ['expiring', ['publisher'], true],
    ['expiring', ['admin'], true],
    ['expiring', ['reviewer'], false],
    ['expiring', [], false],
    ['awaiting-review', ['editor', 'reviewer'], true],
  ])('%s for %j → %s', (key, roles, expected) => {
    expect(queueVisibleTo(key, roles)).toBe(expected)
  })

  it.each<[string[] | null, QueueKey[]]>([
    [['admin'], ['awaiting-review', 'awaiting-publication', 'returned-to-me', 'expiring']],
    [['reviewer'], ['awaiting-review']],
    [['publisher'], ['awaiting-publication', 'expiring']],
    [['editor'], ['returned-to-me', 'expiring']],
    [null, []],
  ])('the queues of %j', (roles, expected) => {
    expect(visibleQueues(roles)).toEqual(expected)
  })
})

describe('queueCollections', () => {
  it.each<[QueueKey, string[]]>([
    ['awaiting-review', ['documents', 'interpretations']],
    ['awaiting-publication', ['documents', 'interpretations']],
    ['returned-to-me', ['documents', 'interpretations']],
    ['expiring', ['documents']],
  ])('%s covers %j', (key, expected) => {
    expect(queueCollections(key)).toEqual(expected)
  })
})

describe('queueWhere', () => {
  it.each<[QueueKey, 'documents' | 'interpretations', Array<Record<string, Record<string, unknown>>>]>([
    ['awaiting-review', 'documents', [{ reviewState: { equals: 'submitted' } }]],
    ['awaiting-publication', 'interpretations', [{ reviewState: { equals: 'approved' } }]],
    ['returned-to-me', 'documents', [{ reviewState: { equals: 'sent-back' } }, { id: { in: [4, 9] } }]],
    // Nothing returned to the person: a condition nothing meets, never the whole list.
    ['returned-to-me', 'interpretations', [{ reviewState: { equals: 'sent-back' } }, { id: { exists: false } }]],
    [
      'expiring',
      'documents',
      [
        { _status: { equals: 'published' } },
        // Midnight in Shanghai of 10 March, and of the day after the 30th day ahead (9 April).
        { expiresOn: { greater_than_equal: '2026-03-09T16:00:00.000Z' } },
        { expiresOn: { less_than: '2026-04-09T16:00:00.000Z' } },
        { repealedOn: { exists: false } },
      ],
    ],
  ])('%s in %s', (key, collection, expected) => {
    expect(queueWhere(key, collection, context)).toEqual({ or: [{ and: expected }] })
  })

  it('widens 即将到期 to the window it is given', () => {
    const where = queueWhere('expiring', 'documents', { ...context, expiryWindowDays: 60 })
    expect(where.or[0].and[2]).toEqual({ expiresOn: { less_than: '2026-05-09T16:00:00.000Z' } })
  })
})

describe('startOfDay', () => {
  it.each<[string, string, string]>([
    ['2026-03-10', 'Asia/Shanghai', '2026-03-09T16:00:00.000Z'],
    ['2026-01-01', 'UTC', '2026-01-01T00:00:00.000Z'],
    ['2024-02-29', 'Asia/Shanghai', '2024-02-28T16:00:00.000Z'],
    ['2026-07-01', 'America/New_York', '2026-07-01T04:00:00.000Z'],
  ])('%s in %s begins at %s', (day, zone, expected) => {
    expect(startOfDay(day, zone)).toBe(expected)
  })
})
