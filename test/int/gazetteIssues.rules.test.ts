/**
 * The rules of gazette issues as an editor and a publisher meet them through REST, in
 * Chinese: numbering, one issue per document, page ranges, roles and public access,
 * corrections after publication, and a published issue that stays published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { GazetteIssue } from '../../cms/payload-types'
import { seedSampleIssues } from '../../scripts/lib/seedSampleIssues'
import { entriesOf, issueByNumber, messagesOf, sampleDocument, startIssueFixture, type IssueFixture } from './helpers/issueFixture'
import { call, signIn } from './helpers/reviewFlow'

let fixture: IssueFixture

beforeAll(async () => {
  fixture = await startIssueFixture()
  // Published, and so printed: 2021年第8期 and 2022年第1期.
  await seedSampleIssues(fixture.gazette.payload)
  // Printing them takes a minute or more on a busy machine.
}, 300_000)

afterAll(async () => {
  await fixture?.gazette.cleanup()
})

describe('rules an editor meets, in Chinese', () => {
  const draft = (data: Record<string, unknown>) =>
    call(fixture.gazette, fixture.editor, 'POST', '/api/gazette-issues?draft=true', {
      publicationDate: '2022-08-01T00:00:00.000Z',
      _status: 'draft',
      ...data,
    })

  it('refuses a gap or a duplicate in the numbering and saves nothing', async () => {
    const before = await fixture.gazette.payload.count({ collection: 'gazette-issues' })
    const gap = await draft({ year: 2022, issueNumber: 3, totalNumber: 202, sections: [] })
    expect(gap.status).toBe(400)
    expect(await messagesOf(gap)).toContain('期号不连续：2022年第2期尚未建立')
    const duplicate = await draft({ year: 2022, issueNumber: 1, totalNumber: 202, sections: [] })
    expect(await messagesOf(duplicate)).toContain('期号重复：2022年第1期已存在。')
    const total = await draft({ year: 2022, issueNumber: 2, totalNumber: 205, sections: [] })
    expect(await messagesOf(total)).toContain('总期号不连续：总第202、第203、第204期尚未建立。')
    expect(await fixture.gazette.payload.count({ collection: 'gazette-issues' })).toEqual(before)
  })

  it('refuses a document already printed in another issue, naming that issue', async () => {
    const response = await draft({
      year: 2022,
      issueNumber: 2,
      totalNumber: 202,
      sections: [{ title: '市政府办公室文件', entries: [{ item: sampleDocument(fixture, '2022-yuncheng-zwgk-yaodian') }] }],
    })
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain('已编入2022年第1期，一篇文件只能刊登在一期公报上。')
  })

  it('refuses overlapping page ranges', async () => {
    const response = await draft({
      year: 2022,
      issueNumber: 2,
      totalNumber: 202,
      sections: [
        {
          title: '部门文件',
          entries: [
            { item: sampleDocument(fixture, '2018-lvyouwei-zwgk-fangan'), firstPage: 3, lastPage: 8 },
            { item: sampleDocument(fixture, '2019-jinzhou-zwgk-gongzuo-anpai'), firstPage: 6, lastPage: 9 },
          ],
        },
      ],
    })
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain('页码应按编排顺序递增、互不重叠')
  })

  it('lets an editor save a draft but only a publisher publish it', async () => {
    const created = await draft({
      year: 2022,
      issueNumber: 2,
      totalNumber: 202,
      sections: [{ title: '部门文件', entries: [{ item: sampleDocument(fixture, '2019-jinzhou-zwgk-gongzuo-anpai') }] }],
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const byEditor = await call(fixture.gazette, fixture.editor, 'PATCH', `/api/gazette-issues/${id}`, { _status: 'published' })
    expect(byEditor.status).toBe(400)
    expect(await messagesOf(byEditor)).toContain('只有发布员或管理员可以出版公报。')
    // The public sees neither the draft nor its PDF.
    const anonymous = (await (await fixture.gazette.rest('/api/gazette-issues?limit=100')).json()) as { docs: Array<{ id: number }> }
    expect(anonymous.docs.map((issue) => issue.id)).not.toContain(id)
    const published = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${id}`, { _status: 'published' })
    expect(published.status).toBe(200)
    const issue = ((await published.json()) as { doc: GazetteIssue }).doc
    expect(issue.printPages).toBeGreaterThan(2)
    expect(issue.sections?.[0]?.entries?.[0]?.firstPage).toBeGreaterThan(1)
    const listed = (await (await fixture.gazette.rest('/api/gazette-issues?limit=100')).json()) as {
      docs: Array<{ id: number; publishedState?: unknown }>
    }
    expect(listed.docs.map((item) => item.id)).toContain(id)
    expect(listed.docs.every((item) => item.publishedState === undefined)).toBe(true)
    expect((await fixture.gazette.rest('/api/issue-pdfs')).status).toBe(403)
  }, 60_000)

  it('refuses to publish an issue holding a document the public may not read', async () => {
    const hidden = await fixture.gazette.payload.create({
      collection: 'documents',
      data: {
        title: '不予公开的内部文件',
        slug: 'internal-only',
        kind: 'other',
        issuers: [(await fixture.gazette.payload.find({ collection: 'organizations', limit: 1 })).docs[0]?.id as number],
        writtenDate: '2022-08-01T00:00:00.000Z',
        disclosure: 'not-disclosed',
        disclosureGround: 'state-secret',
        disclosureReason: '测试',
        _status: 'draft',
      },
      draft: true,
    })
    const created = await draft({
      year: 2022,
      issueNumber: 3,
      totalNumber: 203,
      sections: [{ title: '部门文件', entries: [{ item: { relationTo: 'documents', value: hidden.id } }] }],
    })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const published = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${id}`, { _status: 'published' })
    expect(published.status).toBe(400)
    expect(await messagesOf(published)).toContain('《不予公开的内部文件》尚未发布或不是主动公开，不能编入出版的公报。')
    await fixture.gazette.payload.delete({ collection: 'gazette-issues', id })
  })
})

describe('corrections after publication', () => {
  it('refuses changed contents without a correction, and accepts them with one', async () => {
    const issue = await issueByNumber(fixture, 2021, 8)
    const sections = (issue.sections ?? []).map((section) => ({ ...section, title: '区政府文件' }))
    const refused = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${issue.id}`, {
      sections,
      _status: 'published',
    })
    expect(refused.status).toBe(400)
    expect(await messagesOf(refused)).toContain('本期已出版，内容只能通过勘误修改')
    const corrections = [{ date: '2021-05-20T00:00:00.000Z', text: '栏目名称“区政府办公室文件”更正为“区政府文件”。' }]
    const corrected = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${issue.id}`, {
      sections,
      corrections,
      _status: 'published',
    })
    expect(corrected.status).toBe(200)
    const removed = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${issue.id}`, {
      corrections: [],
      _status: 'published',
    })
    expect(await messagesOf(removed)).toContain('已发布的勘误（2021-05-20）不能修改或删除')
  }, 60_000)
})

describe('a published issue stays published', () => {
  it('refuses unpublishing (also after a draft was saved over it) and deletion; the draft leaves the public version', async () => {
    const issue = await issueByNumber(fixture, 2022, 1)
    const admin = await signIn(fixture.gazette, 'issue-admin@example.gov.cn', ['admin'])
    const draft = await call(fixture.gazette, fixture.editor, 'PATCH', `/api/gazette-issues/${issue.id}?draft=true`, {
      sections: [{ title: '草稿中的新栏目', entries: [] }],
      _status: 'draft',
    })
    expect(draft.status, await draft.clone().text()).toBe(200)
    const publicView = (await (await fixture.gazette.rest(`/api/gazette-issues/${issue.id}`)).json()) as GazetteIssue
    expect(publicView._status).toBe('published')
    expect(publicView.sections?.map((section) => section.title)).toEqual(issue.sections?.map((section) => section.title))
    // Staff notes are not for the public.
    expect(publicView).not.toHaveProperty('printChecks')
    for (const token of [fixture.editor, admin]) {
      const unpublish = await call(fixture.gazette, token, 'PATCH', `/api/gazette-issues/${issue.id}`, { _status: 'draft' })
      expect(unpublish.status).toBe(400)
      expect(await messagesOf(unpublish)).toContain('已出版的公报不能撤销发布')
    }
    const deleted = await call(fixture.gazette, admin, 'DELETE', `/api/gazette-issues/${issue.id}`)
    expect(deleted.status).toBeGreaterThanOrEqual(400)
    expect((await issueByNumber(fixture, 2022, 1))._status).toBe('published')
  })

  it('keeps the stored PDF and real pages when a republication sends others', async () => {
    const issue = await issueByNumber(fixture, 2022, 1)
    const pdfId = typeof issue.printPdf === 'object' ? issue.printPdf?.id : issue.printPdf
    const other = (await fixture.gazette.payload.find({ collection: 'issue-pdfs', where: { id: { not_equals: pdfId } }, limit: 1 })).docs[0]
    // Wrong but well-formed pages (increasing), which the stored real ones must replace.
    let page = 40
    const sections = (issue.sections ?? []).map((section) => ({
      ...section,
      entries: (section.entries ?? []).map((entry) => ({
        ...entry,
        item: { relationTo: entry.item.relationTo, value: typeof entry.item.value === 'object' ? entry.item.value.id : entry.item.value },
        firstPage: (page += 2),
        lastPage: page + 1,
      })),
    }))
    const republished = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${issue.id}`, {
      sections,
      printPdf: other?.id,
      printPages: 99,
      _status: 'published',
    })
    expect(republished.status, await republished.clone().text()).toBe(200)
    const after = await issueByNumber(fixture, 2022, 1)
    expect(typeof after.printPdf === 'object' ? after.printPdf?.id : after.printPdf).toBe(pdfId)
    expect(after.printPages).toBe(issue.printPages)
    expect(entriesOf(after).map((entry) => [entry.firstPage, entry.lastPage])).toEqual(
      entriesOf(issue).map((entry) => [entry.firstPage, entry.lastPage]),
    )
  })

  it('refuses a blank correction', async () => {
    const issue = await issueByNumber(fixture, 2022, 1)
    const corrections = [
      ...(issue.corrections ?? []).map(({ date, text }) => ({ date, text })),
      { date: '2021-06-01T00:00:00.000Z', text: '   ' },
    ]
    const sections = (issue.sections ?? []).map((section) => ({ ...section, title: `${section.title}（再改）` }))
    const refused = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${issue.id}`, {
      sections,
      corrections,
      _status: 'published',
    })
    expect(refused.status).toBe(400)
    expect(await messagesOf(refused)).toContain('勘误内容不能为空')
  })
})
