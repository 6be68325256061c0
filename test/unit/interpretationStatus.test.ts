import { describe, expect, it } from 'vitest'

import { interpretationStatus } from '../../core/interpretations/interpretationStatus'

// 2022-06-30 (Thu) + 7 working days = 2022-07-11 (Mon): Jul 1, 4, 5, 6, 7, 8, 11.
describe('interpretationStatus', () => {
  it.each([
    [
      'published with the document',
      '2022-06-30',
      ['2022-06-30'],
      '2022-08-01',
      { state: 'published-on-time', due: '2022-07-11', publishedOn: '2022-06-30' },
    ],
    [
      'published on the last day',
      '2022-06-30',
      ['2022-07-11'],
      '2022-08-01',
      { state: 'published-on-time', due: '2022-07-11', publishedOn: '2022-07-11' },
    ],
    [
      'published a day late',
      '2022-06-30',
      ['2022-07-12'],
      '2022-08-01',
      { state: 'published-late', due: '2022-07-11', publishedOn: '2022-07-12' },
    ],
    [
      'the earliest of several counts',
      '2022-06-30',
      ['2022-07-20', '2022-07-05'],
      '2022-08-01',
      { state: 'published-on-time', due: '2022-07-11', publishedOn: '2022-07-05' },
    ],
    ['none yet, well in time', '2022-06-30', [], '2022-07-01', { state: 'on-time', due: '2022-07-11' }],
    ['none yet, three working days left', '2022-06-30', [], '2022-07-06', { state: 'due-soon', due: '2022-07-11' }],
    ['none yet, due today', '2022-06-30', [], '2022-07-11', { state: 'due-soon', due: '2022-07-11' }],
    ['none, a day past due', '2022-06-30', [], '2022-07-12', { state: 'overdue', due: '2022-07-11' }],
    // Published before National Day 2023: the holiday (09-29 to 10-06) does not count.
    ['over National Day', '2023-09-28', [], '2023-10-10', { state: 'due-soon', due: '2023-10-13' }],
    ['a year without a calendar', '2035-03-01', [], '2035-03-02', { state: 'unknown-calendar', year: 2035 }],
  ])('%s', (_name, published, interpretations, today, expected) => {
    expect(interpretationStatus(published, interpretations, today)).toEqual(expected)
  })
})
