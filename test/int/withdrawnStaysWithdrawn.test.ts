/**
 * Withdrawn stays withdrawn (issue 18, findings 6 and 7), on the real database and real
 * builds: once a document is withdrawn or stops being public, no file of the served site
 * holds its text — not the build after it (search index included), not a rollback to a
 * kept build made before, not the print PDF of the issue that printed it. The PDF comes
 * back only as a corrected edition (勘误版) that no longer prints the withdrawn document.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { printIssue } from '../../cms/print/printIssue'
import { keptSnapshotDir } from '../../cms/publishing/keptSnapshots'
import { liveBuildId, liveLink } from '../../cms/publishing/liveSite'
import { requestSiteBuild } from '../../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../../cms/publishing/runSiteBuild'
import { pipelineSettings } from '../../core/settings'
import { exportSnapshot } from '../../cms/export/exportSnapshot'
import { manifestSchema, type Manifest } from '../../core/snapshot/schema'
import { issueByNumber, messagesOf, sampleDocument, startIssueFixture, type IssueFixture } from './helpers/issueFixture'
import { call, signIn } from './helpers/reviewFlow'

let fixture: IssueFixture
let siteRoot: string
let reviewer: string

/** Printed in 2021年第8期, then withdrawn. */
const WITHDRAWN = '2021-zhonglou-guifan-zwgk-yijian'
/** In no issue; a new approved version makes it 依申请公开. */
const RESTRICTED = '2019-jinzhou-zwgk-gongzuo-anpai'

const builds: Array<{ id: number | string; buildId: string }> = []
const texts = new Map<string, { title: string; sentence: string }>()

/**
 * Every file under `root` holding `needle`, gzip files (the Pagefind index) read unpacked
 * and white space left out (Pagefind stores Chinese text split into words).
 */
function filesHolding(root: string, needle: string): string[] {
  const real = fs.realpathSync(root)
  const squeeze = (text: string) => text.replace(/[\s\u200b]+/g, '')
  const wanted = squeeze(needle)
  return fs
    .readdirSync(real, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      let bytes = fs.readFileSync(file)
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes)
      return squeeze(bytes.toString('utf8')).includes(wanted)
    })
    .map((file) => path.relative(real, file))
}

async function build(): Promise<string> {
  const outcome = await runNextSiteBuild(fixture.gazette.payload, pipelineSettings())
  expect(outcome?.status).toBe('succeeded')
  builds.push({ id: outcome?.id as number, buildId: outcome?.buildId as string })
  return outcome?.buildId as string
}

const live = (...parts: string[]) => path.join(liveLink(siteRoot), ...parts)
const manifestOf = (buildId: string): Manifest =>
  manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(keptSnapshotDir(siteRoot, buildId), 'manifest.json'), 'utf8')))

function rollback(to: number) {
  return call(fixture.gazette, fixture.publisher, 'POST', `/api/site-builds/${builds[to]?.id}/rollback`)
}

/** A sentence from the middle of a document's longest paragraph, as exported. */
function sentenceOf(snapshotDir: string, slug: string): string {
  const doc = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'documents', `${slug}.json`), 'utf8')) as {
    body: Array<{ type: string; children?: Array<{ text: string }> }>
  }
  const paragraphs = doc.body
    .filter((block) => block.type === 'paragraph')
    .map((block) => (block.children ?? []).map((c) => c.text).join(''))
  const longest = paragraphs.sort((a, b) => b.length - a.length)[0] ?? ''
  return longest.slice(20, 44)
}

beforeAll(async () => {
  // Inside the repository: Astro moves files with rename(), which fails across filesystems.
  siteRoot = path.resolve('.tmp', `withdrawn-${process.pid}`)
  process.env.SITE_ROOT = siteRoot
  fixture = await startIssueFixture()
  reviewer = await signIn(fixture.gazette, 'withdrawn-reviewer@example.gov.cn', ['reviewer'])
  // Printed and published: 2021年第8期 prints the document to be withdrawn, 2022年第1期 another.
  const publish = (year: number, issueNumber: number, totalNumber: number, publicationDate: string, slug: string) =>
    fixture.gazette.payload.create({
      collection: 'gazette-issues',
      data: {
        year,
        issueNumber,
        totalNumber,
        publicationDate,
        printSource: 'generated',
        sections: [{ title: '区政府办公室文件', entries: [{ item: sampleDocument(fixture, slug) }] }],
        _status: 'published',
      },
    })
  await publish(2021, 8, 200, '2021-05-10T00:00:00.000Z', WITHDRAWN)
  await publish(2022, 1, 201, '2022-07-15T00:00:00.000Z', '2022-yuncheng-zwgk-yaodian')
  // The seeding queued builds; the tests run them one at a time.
  await fixture.gazette.payload.delete({ collection: 'site-builds', where: { status: { equals: 'queued' } } })
}, 300_000)

afterAll(async () => {
  await fixture?.gazette.cleanup()
  if (!process.env.KEEP_INT_WORK) fs.rmSync(siteRoot, { recursive: true, force: true })
  delete process.env.SITE_ROOT
})

describe('withdrawn stays withdrawn', () => {
  it('publishes the document, its text indexed, and the issue that prints it with its PDF', async () => {
    await call(fixture.gazette, fixture.publisher, 'POST', '/api/site-builds/rebuild')
    const first = await build()
    const snapshot = keptSnapshotDir(siteRoot, first)
    for (const slug of [WITHDRAWN, RESTRICTED]) {
      const summary = manifestOf(first).documents.find((doc) => doc.id === slug)
      texts.set(slug, { title: summary?.title ?? '', sentence: sentenceOf(snapshot, slug) })
      const { sentence } = texts.get(slug) ?? { sentence: '' }
      expect(sentence.length).toBe(24)
      // Control: the search finds it through Pagefind's (gzip) fragments, which the check reads.
      const holding = filesHolding(live(), sentence)
      expect(holding).toContain(`documents/${slug}/index.html`)
      expect(holding.some((file) => file.endsWith('.pf_fragment'))).toBe(true)
    }
    const issuePage = fs.readFileSync(live('issues', '2021', '8', 'index.html'), 'utf8')
    expect(issuePage).toMatch(/href="\/files\/issues\/2021-8\/[^"]+\.pdf"/)
  })

  it('takes the withdrawn document, and the print PDF that prints it, off every file of the next build', async () => {
    const { title, sentence } = texts.get(WITHDRAWN) ?? { title: '', sentence: '' }
    const id = fixture.ids.get(WITHDRAWN) as number
    const withdrawn = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/documents/${id}?draft=true`, {
      workflowAction: 'withdraw',
      workflowReason: '测试：内容有误',
    })
    expect(withdrawn.status, await withdrawn.clone().text()).toBe(200)
    // The withdrawal queued a build. Should it fail, the live site still serves the document: its record says so.
    expect((await fixture.gazette.payload.count({ collection: 'site-builds', where: { status: { equals: 'queued' } } })).totalDocs).toBe(1)
    const failed = await runNextSiteBuild(fixture.gazette.payload, { ...pipelineSettings(), siteBuildCommand: 'node -e "process.exit(3)"' })
    expect(failed?.status).toBe('failed')
    const record = await fixture.gazette.payload.findByID({ collection: 'site-builds', id: failed?.id as number })
    expect(record.log).toContain(`警告：线上网站仍在提供已撤回或不再公开的内容：《${title}》`)
    await requestSiteBuild(fixture.gazette.payload, '重新构建')
    const second = await build()

    expect(filesHolding(live(), sentence)).toEqual([])
    expect(fs.readFileSync(live('documents', WITHDRAWN, 'index.html'), 'utf8')).toContain('本文件已撤回')
    // The issue page: no PDF, a notice naming the withdrawn document, the entry marked.
    const issuePage = fs.readFileSync(live('issues', '2021', '8', 'index.html'), 'utf8')
    expect(issuePage).not.toMatch(/\.pdf"/)
    expect(issuePage).toContain(`本期印刷版PDF所载文件《${title}》已撤回，PDF暂停提供；更正版上传后恢复。`)
    expect(issuePage).toContain('已撤回')
    // The PDF is in neither the site nor the kept snapshot, nor in the feed or the manifest.
    for (const root of [live(), keptSnapshotDir(siteRoot, second)]) {
      const folder = path.join(root, 'files', 'issues', '2021-8')
      expect(fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.pdf')) : []).toEqual([])
    }
    const feed = fs.readFileSync(live('feeds', 'issues.xml'), 'utf8')
    expect(feed).not.toContain('/files/issues/2021-8/')
    const issue = manifestOf(second).issues.find((candidate) => candidate.id === '2021-8')
    expect(issue?.pdf).toBeNull()
    expect(issue?.pdfWithheld).toEqual({ withdrawn: [title], hidden: false })
    // The other issue keeps its PDF.
    expect(fs.readFileSync(live('issues', '2022', '1', 'index.html'), 'utf8')).toMatch(/href="\/files\/issues\/2022-1\/[^"]+\.pdf"/)
  })

  it('refuses to roll back to a build made before the withdrawal, naming the document', async () => {
    const { title, sentence } = texts.get(WITHDRAWN) ?? { title: '', sentence: '' }
    const refused = await rollback(0)
    expect(refused.status).toBe(409)
    const message = await messagesOf(refused)
    expect(message).toContain('该版本包含现已撤回、不公开或已有新版本的内容')
    expect(message).toContain(`《${title}》`)
    expect(message).toContain('不能回滚；请重新构建')
    expect(liveBuildId(siteRoot)).toBe(builds[1]?.buildId)
    expect((await fixture.gazette.payload.findByID({ collection: 'site-builds', id: builds[1]?.id as number })).live).toBe(true)
    expect(filesHolding(live(), sentence)).toEqual([])
  })

  it('does the same for a document whose new approved version is 依申请公开', async () => {
    const { title, sentence } = texts.get(RESTRICTED) ?? { title: '', sentence: '' }
    const id = fixture.ids.get(RESTRICTED) as number
    const editor = fixture.editor
    const steps = [
      await call(fixture.gazette, editor, 'PATCH', `/api/documents/${id}?draft=true`, {
        disclosure: 'on-request',
        disclosureGround: 'not-proactive-scope',
        disclosureReason: '测试：改为依申请公开',
      }),
      await call(fixture.gazette, editor, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'submit' }),
      await call(fixture.gazette, reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'approve' }),
      await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/documents/${id}`, { _status: 'published' }),
    ]
    for (const step of steps) expect(step.status, await step.clone().text()).toBe(200)
    await build()
    expect(filesHolding(live(), sentence)).toEqual([])
    expect(fs.existsSync(live('documents', RESTRICTED))).toBe(false)

    const refused = await rollback(1)
    expect(refused.status).toBe(409)
    expect(await messagesOf(refused)).toContain(`《${title}》`)
    expect(liveBuildId(siteRoot)).toBe(builds[2]?.buildId)
  })

  it('serves the issue PDF again once a corrected edition that no longer prints the document is published', async () => {
    const { title } = texts.get(WITHDRAWN) ?? { title: '' }
    const issue = await issueByNumber(fixture, 2021, 8)
    const corrected = async (entryTitle: string, name: string) => {
      const printed = await printIssue({
        gazetteName: '政府公报（示例）',
        year: 2021,
        issueNumber: 8,
        totalNumber: 200,
        publicationDate: '2021-05-10',
        sections: [
          {
            title: '区政府办公室文件',
            entries: [
              {
                id: 'withdrawn-entry',
                title: entryTitle,
                docNumber: null,
                issuers: [],
                writtenDate: null,
                body: [
                  {
                    type: 'paragraph',
                    align: 'start',
                    children: [{ text: '本页原刊登的文件已经撤回，不再刊印其内容。', bold: false, italic: false, underline: false }],
                  },
                ],
                kind: 'document',
              },
            ],
          },
        ],
      })
      const upload = await fixture.gazette.payload.create({
        collection: 'issue-pdfs',
        data: {},
        file: { data: printed.pdf, mimetype: 'application/pdf', name, size: printed.pdf.length },
      })
      const range = printed.entries[0] as { firstPage: number; lastPage: number }
      return {
        printSource: 'uploaded',
        printPdf: upload.id,
        sections: [
          {
            title: '区政府办公室文件',
            entries: [
              {
                item: { relationTo: 'documents', value: fixture.ids.get(WITHDRAWN) },
                firstPage: range.firstPage,
                lastPage: range.lastPage,
              },
            ],
          },
        ],
        corrections: [
          ...(issue.corrections ?? []),
          { date: '2024-07-01T00:00:00.000Z', text: `《${title}》已撤回，印刷版PDF更换为勘误版。` },
        ],
        _status: 'published',
      }
    }
    // A "corrected" PDF that still prints the withdrawn document's title is refused.
    const stillPrinted = await call(
      fixture.gazette,
      fixture.publisher,
      'PATCH',
      `/api/gazette-issues/${issue.id}`,
      await corrected(title, 'still.pdf'),
    )
    expect(stillPrinted.status).toBe(400)
    expect(await messagesOf(stillPrinted)).toContain(`仍印有已撤回的《${title}》`)
    // One whose pages say only that the document was withdrawn publishes, the entry kept.
    const fixed = await call(
      fixture.gazette,
      fixture.publisher,
      'PATCH',
      `/api/gazette-issues/${issue.id}`,
      await corrected('本篇文件已撤回', 'corrected.pdf'),
    )
    expect(fixed.status, await fixed.clone().text()).toBe(200)

    const outDir = path.join(fixture.gazette.dir, 'corrected-snapshot')
    await exportSnapshot(fixture.gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')))
    const exported = manifest.issues.find((candidate) => candidate.id === '2021-8')
    expect(exported?.pdfWithheld).toBeNull()
    // The office's corrected.pdf, signed, under the issue's public file name.
    expect(exported?.pdf?.url).toMatch(/^\/files\/issues\/2021-8\/gazette-2021-08-print(-\d+)?\.pdf$/)
    expect(exported?.sections[0]?.entries[0]).toMatchObject({ id: WITHDRAWN, withdrawn: true })
  })
})
