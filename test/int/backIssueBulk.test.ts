/**
 * A folder of back issues imported in one run (scripts/importIssues/), as
 * `npm run import:issue -- <folder>` does: two issues printed by gongbao's own print
 * engine, named as an office names them (2022年第6期.pdf, 2022年第7期.pdf), and a third
 * whose name gives a number that clashes, on a real temporary database. The two become
 * draft issues with their entries, the third is refused with the reason and the rest goes
 * on; progress is reported issue by issue and page by page, and the summary has a row per
 * issue and the totals. Importing the folder again updates the drafts, creates nothing and
 * leaves a published document as it is.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PrintIssueInput } from '../../cms/print/issueSchema'
import type { BulkIssueResult, BulkProgress } from '../../scripts/importIssues/bulkImport'
import { sampleBackIssue } from '../../scripts/bench/backIssues/sampleIssue'
import { readSampleOrganizations } from '../../scripts/lib/samples'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let folder: string
let first: { results: BulkIssueResult[]; seconds: number }
const progress: BulkProgress[] = []

/** Loaded after tempGazette has set the environment: they open the database. */
const bulk = async () => ({
  ...(await import('../../scripts/importIssues/bulkImport')),
  ...(await import('../../scripts/importIssues/bulkSummary')),
  ...(await import('../../scripts/importIssues/issuesInFolder')),
})

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const collection of ['documents', 'interpretations', 'gazette-issues', 'issue-pdfs'] as const) {
    result[collection] = (await gazette.payload.count({ collection })).totalDocs
  }
  return result
}

async function importFolder() {
  const { importIssues, issuesInFolder } = await bulk()
  const issues = await issuesInFolder(folder)
  if (!issues) throw new Error('the folder reads as no collection of issues')
  return importIssues(issues, { payload: gazette.payload, onProgress: (step) => progress.push(step) })
}

beforeAll(async () => {
  gazette = await startTempGazette()
  for (const org of readSampleOrganizations()) {
    await gazette.payload.create({
      collection: 'organizations',
      data: { name: org.name, shortName: org.shortName, orgCode: org.orgCode, isGovernment: org.isGovernment, slug: org.key },
    })
  }
  const { printIssue } = await import('../../cms/print/printIssue')
  const sample = sampleBackIssue()
  // Two issues in a row, the sample's sections shared between them.
  const issues: PrintIssueInput[] = [
    { ...sample, issueNumber: 6, totalNumber: 123, sections: sample.sections.slice(0, 1) },
    { ...sample, issueNumber: 7, totalNumber: 124, publicationDate: '2022-08-15', sections: sample.sections.slice(1) },
  ]
  folder = path.join(gazette.dir, 'back-issues')
  await mkdir(folder)
  for (const issue of issues) {
    await writeFile(path.join(folder, `运城市人民政府公报${issue.year}年第${issue.issueNumber}期.pdf`), (await printIssue(issue)).pdf)
  }
  // Named 第9期, but its cover says 总第123期, which 第6期 already is (and 第8期 does not exist).
  await copyFile(path.join(folder, '运城市人民政府公报2022年第6期.pdf'), path.join(folder, '运城市人民政府公报2022年第9期.pdf'))
  first = await importFolder()
}, 300_000)

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
  await gazette?.cleanup()
})

describe('a folder of back issues imported in one run', () => {
  it('writes each issue as a draft with its entries, and refuses the one whose number clashes', async () => {
    expect(first.results.map((result) => [result.source.name, result.status, result.label])).toEqual([
      ['运城市人民政府公报2022年第6期.pdf', 'saved', '2022年第6期（总第123期）'],
      ['运城市人民政府公报2022年第7期.pdf', 'saved', '2022年第7期（总第124期）'],
      ['运城市人民政府公报2022年第9期.pdf', 'refused', '2022年第9期（总第123期）'],
    ])
    const [sixth, seventh, ninth] = first.results
    expect(sixth).toMatchObject({ entries: 3, created: 3, updated: 0, recognised: 0 })
    expect(seventh).toMatchObject({ entries: 3, created: 3, updated: 0, recognised: 0 })
    expect(ninth?.notes.join('')).toContain('总期号重复：总第123期已是2022年第6期。')
    // The name 第9期 differs from the cover's 第6期: said, not silently taken.
    expect(ninth?.notes.join('')).toContain('文件名为2022年第9期，封面为2022年第6期')
    expect(await counts()).toEqual({ documents: 5, interpretations: 1, 'gazette-issues': 2, 'issue-pdfs': 2 })
    const issues = await gazette.payload.find({ collection: 'gazette-issues', draft: true, sort: 'issueNumber' })
    expect(issues.docs.map((issue) => [issue.issueNumber, issue.totalNumber, issue._status])).toEqual([
      [6, 123, 'draft'],
      [7, 124, 'draft'],
    ])
  })

  it('reports progress issue by issue and page by page, and sums up in a table', async () => {
    const issues = new Set(progress.map((step) => `${step.issue}/${step.issues}`))
    expect([...issues]).toEqual(['1/3', '2/3', '3/3'])
    const last = progress.filter((step) => step.issue === 1).at(-1)
    expect(last && last.page === last.pages && last.pages > 5).toBe(true)
    const { progressLine, summaryLines } = await bulk()
    expect(progressLine(progress[0] as BulkProgress)).toMatch(/^\[期 1\/3 · 页 1\/\d+\] 运城市人民政府公报2022年第6期\.pdf$/u)
    const summary = summaryLines(first.results, first.seconds).join('\n')
    expect(summary).toContain('| 2022年第6期（总第123期） | 运城市人民政府公报2022年第6期.pdf | 3 | 文字层 |')
    expect(summary).toContain('拒绝导入')
    expect(summary).toMatch(
      /合计：3期（写入2期，试运行0期，拒绝1期，失败0期），\d+篇，\d+页（文字识别0页），待核对\d+处；用时[\d.]+秒，每分钟[\d.]+页。/u,
    )
  })

  it('updates the drafts when the folder is imported again, and leaves a published document as it is', async () => {
    const published = first.results[0]
    const documents = await gazette.payload.find({ collection: 'documents', draft: true, sort: 'id', limit: 1 })
    const target = documents.docs[0]
    if (!published || !target) throw new Error('nothing imported')
    const org = (await gazette.payload.find({ collection: 'organizations', limit: 1 })).docs[0]!
    await gazette.payload.update({
      collection: 'documents',
      id: target.id,
      data: {
        title: '已发布的标题',
        kind: 'other',
        issuers: [org.id],
        writtenDate: '2018-01-01T04:00:00.000Z',
        disclosure: 'proactive',
        _status: 'published',
      },
    })
    const before = await counts()
    const again = await importFolder()
    expect(again.results.map((result) => result.status)).toEqual(['saved', 'saved', 'refused'])
    expect(again.results.map((result) => [result.created, result.updated, result.published])).toEqual([
      [0, 2, 1],
      [0, 3, 0],
      [0, 0, 0],
    ])
    expect(await counts()).toEqual(before)
    expect((await gazette.payload.findByID({ collection: 'documents', id: target.id, draft: true })).title).toBe('已发布的标题')
  }, 120_000)
})
