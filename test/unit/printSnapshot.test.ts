import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { issueFromSnapshot } from '../../cms/print/issueFromSnapshot'
import { printIssueSchema } from '../../cms/print/issueSchema'
import { readSnapshotForPrint } from '../../cms/print/readSnapshot'

const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'snapshot')

describe('issueFromSnapshot', () => {
  it('prints every document once, by kind, oldest first, dated by the newest document', async () => {
    const snapshot = await readSnapshotForPrint(fixture, false)
    const issue = printIssueSchema.parse(
      issueFromSnapshot(snapshot.documents, [], { gazetteName: snapshot.manifest.gazette.name, kinds: snapshot.manifest.gazette.kinds }),
    )
    const ids = issue.sections.flatMap((section) => section.entries.map((entry) => entry.id))
    expect([...ids].sort()).toEqual(snapshot.manifest.documents.map((doc) => doc.id).sort())
    expect(issue.sections.map((section) => section.title)).toEqual(
      ['政府规章', '行政规范性文件', '部门规范性文件', '其他文件'].filter((title) =>
        issue.sections.some((section) => section.title === title),
      ),
    )
    const newest = snapshot.documents
      .map((doc) => doc.publishedDate)
      .sort()
      .at(-1)
    expect(issue.publicationDate).toBe(newest)
    expect(issue.year).toBe(Number(newest?.slice(0, 4)))
    expect([issue.issueNumber, issue.totalNumber]).toEqual([1, 1])
    for (const section of issue.sections) {
      const dates = section.entries.map((entry) => snapshot.documents.find((doc) => doc.id === entry.id)?.publishedDate ?? '')
      expect(dates).toEqual([...dates].sort())
    }
  })

  it('puts everything under one section when asked, and interpretations under 政策解读', async () => {
    const snapshot = await readSnapshotForPrint(fixture, true)
    const issue = issueFromSnapshot(snapshot.documents, snapshot.interpretations, {
      gazetteName: '运城市人民政府公报',
      kinds: snapshot.manifest.gazette.kinds,
      sectionTitle: '市政府文件',
      issueNumber: 6,
      totalNumber: 123,
    })
    expect(issue.sections.map((section) => [section.title, section.entries.length])).toEqual([
      ['市政府文件', snapshot.documents.length],
      ['政策解读', snapshot.interpretations.length],
    ])
    expect(issue.sections[1]?.entries[0]?.kind).toBe('interpretation')
    expect([issue.issueNumber, issue.totalNumber]).toEqual([6, 123])
  })
})
