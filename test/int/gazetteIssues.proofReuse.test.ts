/**
 * Printing at publication, on the real database with the real print engine: publishing
 * an issue whose content a proof job has just printed takes that job's PDF (the same
 * bytes, and no layout pass in the request), while a proof of other content, or one
 * expired, is never taken and the issue is printed anew. The admin's line on whether
 * the print is ready follows the same rule.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { printReadyForPublication } from '../../cms/issues/proof/printReadiness'
import type { GazetteIssue } from '../../cms/payload-types'
import { readPdf } from '../../cms/print/pdfReader'
import { issueByNumber, pdfFile, sampleDocument, startIssueFixture, type IssueFixture } from './helpers/issueFixture'
import { call } from './helpers/reviewFlow'

let fixture: IssueFixture

beforeAll(async () => {
  fixture = await startIssueFixture()
}, 120_000)

afterAll(async () => {
  await fixture?.gazette.cleanup()
})

afterEach(() => {
  vi.restoreAllMocks()
})

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const asEditor = () => ({ headers: { Authorization: `JWT ${fixture.editor}` } })

/** A draft issue of 2022 printing one sample document. */
async function draftIssue(issueNumber: number, slug: string, sectionTitle = '部门文件'): Promise<GazetteIssue> {
  return fixture.gazette.payload.create({
    collection: 'gazette-issues',
    draft: true,
    data: {
      year: 2022,
      issueNumber,
      totalNumber: 200 + issueNumber,
      publicationDate: `2022-08-0${issueNumber}T00:00:00.000Z`,
      printSource: 'generated',
      sections: [{ title: sectionTitle, entries: [{ item: sampleDocument(fixture, slug) }] }],
      _status: 'draft',
    },
  })
}

/** Asks for a proof as the office does, runs the staff queue, and returns the proof's address and PDF. */
async function proofJob(issueId: number): Promise<{ follow: string; pdf: Buffer }> {
  const queued = await fixture.gazette.rest(`/api/gazette-issues/${issueId}/proof`, asEditor())
  const follow = queued.headers.get('location') ?? ''
  await fixture.gazette.payload.jobs.run({ queue: 'preview' })
  const done = await fixture.gazette.rest(follow, asEditor())
  expect(done.status).toBe(200)
  return { follow, pdf: Buffer.from(await done.arrayBuffer()) }
}

/** What the publication logs about the print, in order: layout passes when it prints, the reuse when it does not. */
function printLog(): () => string[] {
  const info = vi.spyOn(fixture.gazette.payload.logger, 'info')
  return () =>
    info.mock.calls
      .map((args) => args.find((arg): arg is string => typeof arg === 'string') ?? '')
      .filter((line) => line.startsWith('印刷版'))
}

async function publish(issueId: number): Promise<GazetteIssue> {
  const published = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${issueId}`, { _status: 'published' })
  expect(published.status, await published.clone().text()).toBe(200)
  const issue = ((await published.json()) as { doc: GazetteIssue }).doc
  return issueByNumber(fixture, issue.year, issue.issueNumber)
}

async function readyForPublication(issueId: number): Promise<boolean | null> {
  const { createLocalReq } = await import('payload')
  const req = await createLocalReq({}, fixture.gazette.payload)
  const saved = await fixture.gazette.payload.findByID({ collection: 'gazette-issues', id: issueId, draft: true, depth: 0 })
  return printReadyForPublication(req, issueId, saved)
}

/** The files a proof of this issue left in the staff results folder. */
function keptProofFiles(issueId: number): string[] {
  const dir = path.join(fixture.gazette.dir, 'staff-jobs')
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(`-issue-${issueId}.pdf`) || name.endsWith(`-issue-${issueId}.json`))
    .map((name) => path.join(dir, name))
}

describe('publishing an issue after its proof', () => {
  it('takes the proof job’s PDF for exactly this content, checked, and leaves the proof where staff open it', async () => {
    const draft = await draftIssue(2, '2018-lvyouwei-zwgk-fangan')
    expect(await readyForPublication(draft.id)).toBe(false)
    const proof = await proofJob(draft.id)
    expect(await readyForPublication(draft.id)).toBe(true)

    const log = printLog()
    const issue = await publish(draft.id)
    // The same bytes, signed (the signature appended), and no layout pass ran in the
    // request: the proof's print was taken.
    const published = fs.readFileSync(pdfFile(fixture, issue))
    const proofRevision = proof.pdf.subarray(0, proof.pdf.toString('latin1').replace(/\r?\n$/, '').length)
    expect(sha256(published.subarray(0, proofRevision.length))).toBe(sha256(proofRevision))
    expect(published.length).toBeGreaterThan(proof.pdf.length)
    expect(log().some((line) => line.includes('遍排版'))).toBe(false)
    expect(log().some((line) => line.includes('沿用校样任务'))).toBe(true)
    // The pages were read back from that PDF, as for a new print.
    const { pages } = await readPdf(published)
    expect(issue.printPages).toBe(pages)
    const entry = issue.sections?.[0]?.entries?.[0]
    expect(entry?.firstPage).toBeGreaterThan(1)
    expect(entry?.lastPage).toBe(pages)
    expect(issue.printChecks).toContain('印刷版已按篇目生成，页码从PDF中读回。')
    // Copied, not moved: the proof is still served, the same file.
    const again = await fixture.gazette.rest(proof.follow, asEditor())
    expect(again.status).toBe(200)
    expect(sha256(Buffer.from(await again.arrayBuffer()))).toBe(sha256(proof.pdf))
  }, 180_000)

  it('prints anew when the content changed after the proof, and the print shows the change', async () => {
    const draft = await draftIssue(3, '2020-jixian-jiceng-zwgk-fangan')
    const proof = await proofJob(draft.id)
    expect(await readyForPublication(draft.id)).toBe(true)
    // The office renames the section and saves: the proof no longer prints what is saved.
    const saved = await call(fixture.gazette, fixture.editor, 'PATCH', `/api/gazette-issues/${draft.id}?draft=true`, {
      sections: [{ title: '部门规范性文件', entries: [{ item: sampleDocument(fixture, '2020-jixian-jiceng-zwgk-fangan') }] }],
      _status: 'draft',
    })
    expect(saved.status, await saved.clone().text()).toBe(200)
    expect(await readyForPublication(draft.id)).toBe(false)

    const log = printLog()
    const issue = await publish(draft.id)
    const published = fs.readFileSync(pdfFile(fixture, issue))
    expect(sha256(published)).not.toBe(sha256(proof.pdf))
    expect(log().some((line) => line.includes('遍排版'))).toBe(true)
    expect(log().some((line) => line.includes('沿用校样任务'))).toBe(false)
    const text = (await readPdf(published)).pageTexts.join('\n')
    expect(text).toContain('部门规范性文件')
    expect((await readPdf(proof.pdf)).pageTexts.join('\n')).not.toContain('部门规范性文件')
  }, 180_000)

  it('prints anew when the proof has expired', async () => {
    const draft = await draftIssue(4, '2019-jinzhou-zwgk-gongzuo-anpai')
    await proofJob(draft.id)
    // Kept over an hour ago (not yet pruned): expired all the same.
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    const kept = keptProofFiles(draft.id)
    expect(kept).toHaveLength(2)
    for (const file of kept) fs.utimesSync(file, longAgo, longAgo)
    expect(await readyForPublication(draft.id)).toBe(false)

    const log = printLog()
    const issue = await publish(draft.id)
    expect(log().some((line) => line.includes('遍排版'))).toBe(true)
    expect(log().some((line) => line.includes('沿用校样任务'))).toBe(false)
    expect(issue.printPages).toBe((await readPdf(pdfFile(fixture, issue))).pages)
  }, 180_000)
})
