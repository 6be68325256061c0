import { describe, expect, it } from 'vitest'
import * as qs from 'qs-esm'

import { queueListHref, showsWhere, whereQueryString } from '../../core/workflow/queueLink'
import type { QueueWhere } from '../../core/workflow/workQueues'

const where = (...and: QueueWhere['or'][0]['and']): QueueWhere => ({ or: [{ and }] })
const many = Array.from({ length: 30 }, (_, i) => i + 1)

describe('whereQueryString', () => {
  it.each<[string, QueueWhere, string]>([
    ['one condition', where({ reviewState: { equals: 'submitted' } }), 'where[or][0][and][0][reviewState][equals]=submitted'],
    [
      'an id list, comma-separated',
      where({ reviewState: { equals: 'sent-back' } }, { id: { in: [4, 9] } }),
      'where[or][0][and][0][reviewState][equals]=sent-back&where[or][0][and][1][id][in]=4%2C9',
    ],
    ['a boolean', where({ id: { exists: false } }), 'where[or][0][and][0][id][exists]=false'],
    [
      'an instant',
      where({ expiresOn: { less_than: '2026-04-09T16:00:00.000Z' } }),
      'where[or][0][and][0][expiresOn][less_than]=2026-04-09T16%3A00%3A00.000Z',
    ],
  ])('%s', (_, input, expected) => {
    expect(whereQueryString(input)).toBe(expected)
  })

  // The admin list view reads its query with qs (depth 10): what it reads back is the where, lists as Payload's comma form.
  it.each<[string, QueueWhere]>([
    ['review', where({ reviewState: { equals: 'submitted' } })],
    ['returned', where({ reviewState: { equals: 'sent-back' } }, { id: { in: many } })],
    [
      'expiring',
      where(
        { _status: { equals: 'published' } },
        { expiresOn: { greater_than_equal: '2026-03-09T16:00:00.000Z' } },
        { expiresOn: { less_than: '2026-04-09T16:00:00.000Z' } },
        { repealedOn: { exists: false } },
      ),
    ],
  ])('reads back through qs: %s', (_, input) => {
    const parsed = qs.parse(whereQueryString(input), { depth: 10 }) as { where: unknown }
    const asPayloadReads = JSON.parse(
      JSON.stringify(input, (_key, value) =>
        Array.isArray(value) && value.every((v) => typeof v !== 'object')
          ? value.join(',')
          : typeof value === 'boolean'
            ? String(value)
            : value,
      ),
    )
    expect(parsed.where).toEqual(asPayloadReads)
  })
})

describe('queueListHref', () => {
  it('points at the collection list in the admin', () => {
    expect(queueListHref('/admin', 'documents', where({ reviewState: { equals: 'approved' } }))).toBe(
      '/admin/collections/documents?where[or][0][and][0][reviewState][equals]=approved',
    )
  })
})

describe('showsWhere', () => {
  const queue = where({ reviewState: { equals: 'sent-back' } }, { id: { in: [4, 9] } })
  it.each<[string, Record<string, string | string[] | undefined>, boolean]>([
    ['exactly the queue', { 'where[or][0][and][0][reviewState][equals]': 'sent-back', 'where[or][0][and][1][id][in]': '4,9' }, true],
    [
      'the queue and a page number',
      { 'where[or][0][and][0][reviewState][equals]': 'sent-back', 'where[or][0][and][1][id][in]': '4,9', page: '2' },
      true,
    ],
    ['another id list', { 'where[or][0][and][0][reviewState][equals]': 'sent-back', 'where[or][0][and][1][id][in]': '4' }, false],
    [
      'an extra condition',
      {
        'where[or][0][and][0][reviewState][equals]': 'sent-back',
        'where[or][0][and][1][id][in]': '4,9',
        'where[or][0][and][2][title][like]': 'x',
      },
      false,
    ],
    ['no filter', {}, false],
  ])('%s → %s', (_, params, expected) => {
    expect(showsWhere(params, queue)).toBe(expected)
  })
})
