/**
 * Each printing of a document belongs to the version promulgated by the issue's day
 * (site/lib/history/versionPrintings.ts): the 原文 printed in 2019, the 修正 in 2022, an
 * older version no issue printed has none, and a reprint goes with the text it reprinted.
 */
import { describe, expect, it } from 'vitest'

import { type GazetteIssue, gazetteIssueSchema } from '../../../core/snapshot/schema'
import { versionPrintings } from '../../../site/lib/history/versionPrintings'

function issue(year: number, issueNumber: number, totalNumber: number, publicationDate: string, ids: string[]): GazetteIssue {
  return gazetteIssueSchema.parse({
    id: `${year}-${issueNumber}`,
    year,
    issueNumber,
    totalNumber,
    publicationDate,
    sections: [
      {
        title: '规章',
        entries: ids.map((id, index) => ({
          kind: 'document',
          id,
          title: id,
          docNumber: null,
          firstPage: 1 + index * 4,
          lastPage: 4 + index * 4,
          withdrawn: false,
        })),
      },
    ],
    pdf: null,
    cover: null,
    corrections: [],
    updatedAt: `${publicationDate}T02:00:00.000Z`,
  })
}

const versions = [
  { number: 1, promulgatedDate: '2002-09-29' },
  { number: 2, promulgatedDate: '2019-03-24' },
  { number: 3, promulgatedDate: '2022-03-29' },
]

describe('versionPrintings', () => {
  it('gives each printing to the newest version promulgated by the issue day', () => {
    const issues = [
      issue(2022, 5, 105, '2022-04-10', ['rule', 'other']),
      issue(2019, 4, 60, '2019-03-24', ['rule']),
      issue(2019, 9, 65, '2019-09-01', ['other', 'rule']),
    ]
    const printed = versionPrintings(issues, 'rule', versions)
    expect(printed.get(1)).toEqual([])
    expect(printed.get(2)?.map(({ issue: { id }, entry }) => [id, entry.firstPage])).toEqual([
      ['2019-4', 1],
      ['2019-9', 5],
    ])
    expect(printed.get(3)?.map(({ issue: { id } }) => id)).toEqual(['2022-5'])
  })

  it('gives none to a printing older than every version, and none for another document', () => {
    const printed = versionPrintings(
      [issue(2001, 1, 1, '2001-01-01', ['rule']), issue(2022, 5, 105, '2022-04-10', ['other'])],
      'rule',
      versions,
    )
    expect([...printed.values()].flat()).toEqual([])
  })
})
