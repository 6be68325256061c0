/**
 * The work queues on the real database: items of every state, submitted by different
 * people, published ones expiring at every distance (past, today, the window's last day
 * at a late hour, just beyond it, far ahead), a withdrawn one, a repealed one and one with
 * a pending edit. Each person's queues hold exactly the right items; the dashboard's
 * counts equal what its links open (read the way the admin's list view reads them, and
 * through REST); the expiry reminder goes out once per horizon through a real SMTP server.
 */
import * as qs from 'qs-esm'
import type { TypedUser, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays } from '../../core/calendar/calendarArithmetic'
import { fromCalendarDate, toCalendarDate } from '../../core/calendar/calendarDate'
import type { QueueCollection, QueueKey } from '../../core/workflow/workQueues'
import { call, createStaff, signIn, type Staff } from './helpers/reviewFlow'
import { startSmtpCatcher, type SmtpCatcher } from './helpers/smtpCatcher'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const SERVER_URL = 'https://cms.example.gov.cn'
const timeZone = 'Asia/Shanghai'
const env = {
  SMTP_HOST: '127.0.0.1',
  SMTP_SECURE: 'false',
  SMTP_USER: 'gazette-mailer',
  SMTP_PASSWORD: 'smtp-secret',
  MAIL_FROM: '市政府公报 <gazette@example.gov.cn>',
  SERVER_URL,
  EXPIRY_REMINDER_DAYS: '30,7',
}
const saved = { ...process.env }

let smtp: SmtpCatcher
let gazette: TempGazette
let staff: Staff
let tokens: Record<Person, string>
let users: Record<Person, TypedUser>
let orgId: number
const today = toCalendarDate(new Date(), timeZone)
const ids: Record<string, number> = {}
/** Ids are per collection: which collection each key names. */
const interpretationKeys = new Set<string>()

type Person = 'editor' | 'editorB' | 'reviewer' | 'publisher' | 'admin'

/** A day `offset` days from today, at a given Shanghai time of day (noon by default). */
const dayAt = (offset: number, instant?: (day: string) => string) => {
  const day = addDays(today, offset)
  return instant ? instant(day) : fromCalendarDate(day, timeZone)
}
/** 23:30 in Shanghai: still that day. */
const lateEvening = (day: string) => new Date(Date.parse(`${day}T15:30:00.000Z`)).toISOString()
/** 00:30 in Shanghai: already that day. */
const earlyMorning = (day: string) => new Date(Date.parse(`${addDays(day, -1)}T16:30:00.000Z`)).toISOString()

const base = () => ({ kind: 'other', issuers: [orgId], writtenDate: dayAt(-400), disclosure: 'proactive' })

async function json<T>(response: Response): Promise<T> {
  const text = await response.text()
  if (!response.ok) throw new Error(`${response.status}: ${text}`)
  return JSON.parse(text) as T
}

/** An item created and submitted by `person` through REST (so the review record knows who). */
async function submitted(person: Person, collection: QueueCollection, key: string, extra: Record<string, unknown> = {}) {
  const data =
    collection === 'documents'
      ? { ...base(), title: `队列测试${key}`, ...extra }
      : {
          title: `队列测试${key}`,
          form: 'text',
          interpretationBody: orgId,
          documents: [ids.published30],
          disclosure: 'proactive',
          ...extra,
        }
  const created = await call(gazette, tokens[person], 'POST', `/api/${collection}?draft=true`, {
    ...data,
    _status: 'draft',
    workflowAction: 'submit',
  })
  ids[key] = (await json<{ doc: { id: number } }>(created)).doc.id
  if (collection === 'interpretations') interpretationKeys.add(key)
  return ids[key] as number
}

async function act(person: Person, collection: QueueCollection, key: string, body: Record<string, unknown>) {
  await json(await call(gazette, tokens[person], 'PATCH', `/api/${collection}/${ids[key]}?draft=true`, body))
}

/** A document published by the system (as seeding or scheduled publication does), with 有效期至. */
async function published(key: string, expiresOn: string | null, extra: Record<string, unknown> = {}) {
  const doc = await gazette.payload.create({
    collection: 'documents',
    data: { ...base(), title: `队列测试${key}`, expiresOn, _status: 'published', ...extra } as never,
  })
  ids[key] = doc.id
}

beforeAll(async () => {
  smtp = await startSmtpCatcher({ user: 'gazette-mailer', password: 'smtp-secret' })
  Object.assign(process.env, env, { SMTP_PORT: String(smtp.port) })
  gazette = await startTempGazette()
  orgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '测试市人民政府', slug: 'test-gov' } })).id
  staff = await createStaff(gazette)
  tokens = {
    ...staff,
    editorB: await signIn(gazette, 'editor-b@example.gov.cn', ['editor']),
    admin: await signIn(gazette, 'office-admin@example.gov.cn', ['admin']),
  }
  const emails: Record<Person, string> = {
    editor: 'editor@example.gov.cn',
    editorB: 'editor-b@example.gov.cn',
    reviewer: 'reviewer@example.gov.cn',
    publisher: 'publisher@example.gov.cn',
    admin: 'office-admin@example.gov.cn',
  }
  const found = await gazette.payload.find({ collection: 'users', pagination: false, depth: 0 })
  users = Object.fromEntries(
    Object.entries(emails).map(([person, email]) => [
      person,
      { ...found.docs.find((u) => u.email === email), collection: 'users' } as TypedUser,
    ]),
  ) as Record<Person, TypedUser>

  // Published documents at every distance from 有效期至 (horizons 30 and 7; window 30 days).
  await published('published30', dayAt(30, lateEvening))
  await published('published31', dayAt(31, earlyMorning))
  await published('published10', dayAt(10))
  await published('published3', dayAt(3))
  await published('publishedToday', dayAt(0, earlyMorning))
  await published('expiredYesterday', dayAt(-1, lateEvening))
  await published('farAhead', dayAt(45))
  await published('noExpiry', null)
  await published('repealed', dayAt(8), { effectiveDate: dayAt(-300), repealedOn: dayAt(-2) })
  await published('withdrawn', dayAt(5))
  await act('publisher', 'documents', 'withdrawn', { workflowAction: 'withdraw', workflowReason: '内容有误' })
  // Published and in force, with an edit now waiting for review.
  await published('pendingEdit', dayAt(12))
  await act('editor', 'documents', 'pendingEdit', { title: '队列测试pendingEdit（修改稿）' })
  await act('editor', 'documents', 'pendingEdit', { workflowAction: 'submit' })

  // The review path, by different people.
  await submitted('editor', 'documents', 'submittedA', { expiresOn: dayAt(5) })
  await submitted('editorB', 'documents', 'submittedB')
  await submitted('editor', 'documents', 'approvedA')
  await act('reviewer', 'documents', 'approvedA', { workflowAction: 'approve' })
  await submitted('editor', 'documents', 'returnedA')
  await act('reviewer', 'documents', 'returnedA', { workflowAction: 'send-back', workflowReason: '标题有误' })
  // Edited after the sending back: still sent back, still A's.
  await act('editor', 'documents', 'returnedA', { title: '队列测试returnedA（改）' })
  await submitted('editorB', 'documents', 'returnedB')
  await act('reviewer', 'documents', 'returnedB', { workflowAction: 'send-back', workflowReason: '附件缺失' })
  // A submitted it first; B resubmitted it; the second sending back returns it to B.
  await submitted('editor', 'documents', 'returnedToLastSubmitter')
  await act('reviewer', 'documents', 'returnedToLastSubmitter', { workflowAction: 'send-back', workflowReason: '一' })
  await act('editorB', 'documents', 'returnedToLastSubmitter', { workflowAction: 'submit' })
  await act('reviewer', 'documents', 'returnedToLastSubmitter', { workflowAction: 'send-back', workflowReason: '二' })
  // Sent back, then submitted again: waiting for review, no longer returned.
  await submitted('editor', 'documents', 'resubmittedA')
  await act('reviewer', 'documents', 'resubmittedA', { workflowAction: 'send-back', workflowReason: '三' })
  await act('editor', 'documents', 'resubmittedA', { workflowAction: 'submit' })
  await submitted('admin', 'documents', 'returnedAdmin')
  await act('reviewer', 'documents', 'returnedAdmin', { workflowAction: 'send-back', workflowReason: '四' })
  const draft = await call(gazette, tokens.editor, 'POST', '/api/documents?draft=true', {
    ...base(),
    title: '队列测试draftA',
    expiresOn: dayAt(5),
    _status: 'draft',
  })
  ids.draftA = (await json<{ doc: { id: number } }>(draft)).doc.id

  await submitted('editor', 'interpretations', 'interpSubmitted')
  await submitted('editor', 'interpretations', 'interpApproved')
  await act('reviewer', 'interpretations', 'interpApproved', { workflowAction: 'approve' })
  await submitted('editor', 'interpretations', 'interpReturned')
  await act('reviewer', 'interpretations', 'interpReturned', { workflowAction: 'send-back', workflowReason: '解读不完整' })
  // The review notifications of the setup are not this file's concern: once the last
  // action's notice (the send-back) has arrived, clear them all.
  await smtp.waitFor((m) => m.subject.startsWith('【已退回】') && m.subject.includes('《队列测试interpReturned》'))
  smtp.received.length = 0
}, 300_000)

afterAll(async () => {
  await gazette?.cleanup()
  await smtp?.close()
  for (const key of [...Object.keys(env), 'SMTP_PORT']) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

const expiringDocuments = ['published30', 'published10', 'published3', 'publishedToday']
const reviewQueues = {
  'awaiting-review': { documents: ['submittedA', 'submittedB', 'resubmittedA', 'pendingEdit'], interpretations: ['interpSubmitted'] },
  'awaiting-publication': { documents: ['approvedA'], interpretations: ['interpApproved'] },
}
type Expected = Partial<Record<QueueKey, Partial<Record<QueueCollection, string[]>>>>
const expected: Record<Person, Expected> = {
  editor: {
    'returned-to-me': { documents: ['returnedA'], interpretations: ['interpReturned'] },
    expiring: { documents: expiringDocuments },
  },
  editorB: {
    'returned-to-me': { documents: ['returnedB', 'returnedToLastSubmitter'], interpretations: [] },
    expiring: { documents: expiringDocuments },
  },
  reviewer: { 'awaiting-review': reviewQueues['awaiting-review'] },
  publisher: { 'awaiting-publication': reviewQueues['awaiting-publication'], expiring: { documents: expiringDocuments } },
  admin: {
    ...reviewQueues,
    'returned-to-me': { documents: ['returnedAdmin'], interpretations: [] },
    expiring: { documents: expiringDocuments },
  },
}

const keysOf = (found: Array<{ id: number | string }>, collection: QueueCollection = 'documents') =>
  found
    .map(
      (doc) =>
        Object.entries(ids).find(([key, id]) => id === doc.id && interpretationKeys.has(key) === (collection === 'interpretations'))?.[0] ??
        `?${doc.id}`,
    )
    .sort()

async function summaries(person: Person) {
  const [{ loadQueueContext }, { summarizeQueues }] = await Promise.all([
    import('../../cms/workflow/queueContext'),
    import('../../cms/workflow/queueCounts'),
  ])
  const context = await loadQueueContext(gazette.payload, users[person])
  return summarizeQueues(gazette.payload, users[person], context)
}

describe('work queues', () => {
  it.each<Person>(['editor', 'editorB', 'reviewer', 'publisher', 'admin'])('hold exactly the right items for %s', async (person) => {
    const found = await summaries(person)
    const shown = Object.fromEntries(
      found.map((queue) => [queue.key, Object.fromEntries(queue.entries.map((e) => [e.collection, e.count]))]),
    )
    const wanted = expected[person]
    expect(Object.keys(shown)).toEqual(Object.keys(wanted).sort((a, b) => order(a) - order(b)))
    for (const queue of found) {
      for (const entry of queue.entries) {
        const items = await gazette.payload.find({
          collection: entry.collection,
          draft: true,
          where: entry.where as unknown as Where,
          pagination: false,
          depth: 0,
          overrideAccess: false,
          user: users[person],
        })
        expect({ queue: queue.key, collection: entry.collection, items: keysOf(items.docs, entry.collection) }).toEqual({
          queue: queue.key,
          collection: entry.collection,
          items: [...(wanted[queue.key]?.[entry.collection] ?? [])].sort(),
        })
        expect(entry.count).toBe(items.docs.length)
      }
    }
  })

  it.each<Person>(['editor', 'editorB', 'reviewer', 'publisher', 'admin'])(
    'link, for %s, to lists that show what the dashboard counts',
    async (person) => {
      for (const queue of await summaries(person)) {
        for (const entry of queue.entries) {
          const [path, query] = entry.href.split('?') as [string, string]
          expect(path).toBe(`/admin/collections/${entry.collection}`)
          // As the admin's list view reads its address (qs, depth 10) and runs it: latest versions, the person's access.
          const where = (qs.parse(query, { depth: 10 }) as { where: Where }).where
          const list = await gazette.payload.find({
            collection: entry.collection,
            depth: 0,
            draft: true,
            overrideAccess: false,
            user: users[person],
            where,
            limit: 10,
          })
          expect(list.totalDocs, `${queue.key} ${entry.collection}`).toBe(entry.count)
          // The same query through REST, past the query guard, as staff.
          const rest = await call(gazette, tokens[person], 'GET', `/api/${entry.collection}?draft=true&depth=0&limit=100&${query}`)
          const body = await json<{ totalDocs: number; docs: Array<{ id: number }> }>(rest)
          expect(body.totalDocs, `${queue.key} ${entry.collection} (REST)`).toBe(entry.count)
          expect(keysOf(body.docs, entry.collection)).toEqual(keysOf(list.docs, entry.collection))
        }
      }
    },
  )

  it('are counted on the dashboard panel, each count linking to its list', async () => {
    const { WorkQueues } = await import('../../cms/components/WorkQueues')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const html = renderToStaticMarkup((await WorkQueues({ payload: gazette.payload, user: users.admin })) as never)
    expect(html).toContain('工作队列')
    for (const label of ['待我审核', '待发布', '已退回给我', '即将到期']) expect(html).toContain(label)
    expect(html).toContain('今天起 30 天内')
    for (const queue of await summaries('admin')) {
      for (const entry of queue.entries) {
        expect(html).toContain(
          `href="${entry.href.replace(/&/g, '&amp;')}" data-collection="${entry.collection}" data-count="${entry.count}"`,
        )
      }
    }
    // A reviewer sees only the review queue.
    const reviewer = renderToStaticMarkup((await WorkQueues({ payload: gazette.payload, user: users.reviewer })) as never)
    expect(reviewer).toContain('待我审核')
    expect(reviewer).not.toContain('待发布')
    expect(reviewer).not.toContain('即将到期')
  })

  it('are offered above the list, the queue shown marked', async () => {
    const { QueueLinks } = await import('../../cms/components/QueueLinks')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const collectionConfig = gazette.payload.collections.documents.config
    const returned = (await summaries('editor')).find((q) => q.key === 'returned-to-me')?.entries.find((e) => e.collection === 'documents')
    const searchParams = Object.fromEntries(new URLSearchParams(returned?.href.split('?')[1]))
    const html = renderToStaticMarkup(
      (await QueueLinks({ payload: gazette.payload, user: users.editor, collectionConfig, searchParams })) as never,
    )
    expect(html).toContain('已退回给我（1）')
    expect(html).toContain('即将到期（4）')
    expect(html).toMatch(/aria-current="page"[^>]*>已退回给我/)
    expect(html).not.toMatch(/aria-current="page"[^>]*>全部/)
    const unfiltered = renderToStaticMarkup((await QueueLinks({ payload: gazette.payload, user: users.editor, collectionConfig })) as never)
    expect(unfiltered).toMatch(/aria-current="page"[^>]*>全部/)
  })

  it('leave the other dashboard panels readable: they get the user, not a request', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { InterpretationReminders } = await import('../../cms/components/InterpretationReminders')
    const { ValidityReminders } = await import('../../cms/components/ValidityReminders')
    // As Payload's dashboard calls them (serverProps: payload, user, …; no req).
    expect(renderToStaticMarkup((await InterpretationReminders({ payload: gazette.payload, user: users.editor })) as never)).toContain(
      '解读时限提醒',
    )
    const validity = renderToStaticMarkup((await ValidityReminders({ payload: gazette.payload, user: users.editor })) as never)
    // Read with the editor's rights: a draft with 有效期至 soon is listed (the public would not see it).
    expect(validity).toContain('队列测试draftA')
  })

  it('show the review state in the lists', () => {
    for (const slug of ['documents', 'interpretations'] as const) {
      expect(gazette.payload.collections[slug].config.admin.defaultColumns).toContain('reviewState')
    }
  })
})

describe('the expiry reminder', () => {
  const subjects = () => smtp.received.filter((m) => m.subject.startsWith('【即将到期】'))

  it('mails the office once about documents that reached a horizon', async () => {
    expect(gazette.payload.config.jobs.tasks?.find((task) => task.slug === 'expiryReminders')?.schedule?.[0]?.cron).toBe('0 8 * * *')
    // Through the job runner, as the served CMS runs it.
    await gazette.payload.jobs.queue({ task: 'expiryReminders', input: {}, queue: 'reminder-test' })
    await gazette.payload.jobs.run({ queue: 'reminder-test' })
    const mails = await smtp.waitFor((m) => m.subject.startsWith('【即将到期】'), 3)
    expect(mails.flatMap((m) => m.envelopeTo).sort()).toEqual([
      'editor-b@example.gov.cn',
      'editor@example.gov.cn',
      'publisher@example.gov.cn',
    ])
    const mail = mails[0] as (typeof mails)[number]
    // The published version is the one in force: the document with a pending edit is reminded under its published title.
    const reminded = ['published30', 'published10', 'published3', 'publishedToday', 'pendingEdit']
    expect(mail.subject).toBe(`【即将到期】${reminded.length}件文件的有效期即将届满`)
    for (const key of reminded) {
      expect(mail.text).toContain(`《队列测试${key}》`)
      expect(mail.text).toContain(`${SERVER_URL}/admin/collections/documents/${ids[key]}`)
    }
    for (const key of ['published31', 'expiredYesterday', 'farAhead', 'noExpiry', 'repealed', 'withdrawn', 'submittedA', 'draftA']) {
      expect(mail.text).not.toContain(`《队列测试${key}》`)
    }
    expect(mail.text).toContain('今天届满，提前 7 天提醒')
    expect(mail.text).toContain('还有 10 天，提前 30 天提醒')
    expect(mail.text).toContain(
      `全部即将到期的文件：${SERVER_URL}/admin/collections/documents?where[or][0][and][0][_status][equals]=published`,
    )

    // The next run the same day sends nothing.
    const { remindExpiring } = await import('../../cms/notifications/remindExpiring')
    expect(await remindExpiring(gazette.payload, new Date())).toEqual({ reminded: [], recipients: [] })
    // Nothing more can be on its way: remindExpiring awaits each delivery, and the catcher
    // keeps a message before it acknowledges it.
    expect(subjects()).toHaveLength(3)
  })

  it('mails again at the next horizon, and for a new 有效期至, but never twice for one', async () => {
    const { remindExpiring } = await import('../../cms/notifications/remindExpiring')
    const inSixDays = new Date(Date.parse(fromCalendarDate(addDays(today, 6), timeZone)))
    const run = await remindExpiring(gazette.payload, inSixDays)
    // published10 and pendingEdit now have 4 and 6 days left (horizon 7); published31 has 25 (its first, at 30).
    expect(run.reminded.map((id) => keysOf([{ id }])[0]).sort()).toEqual(['pendingEdit', 'published10', 'published31'])
    const second = await smtp.waitFor((m) => m.subject === '【即将到期】3件文件的有效期即将届满', 3)
    expect(second[0]?.text).toContain('还有 4 天，提前 7 天提醒')
    expect(second[0]?.text).toContain('还有 25 天，提前 30 天提醒')
    expect((await remindExpiring(gazette.payload, inSixDays)).reminded).toEqual([])

    // A new 有效期至 is reminded afresh.
    await gazette.payload.update({ collection: 'documents', id: ids.published30 as number, data: { expiresOn: dayAt(20) } })
    const renewed = await remindExpiring(gazette.payload, new Date())
    expect(renewed.reminded).toEqual([ids.published30])
    const single = await smtp.one((m) => m.subject.includes('《队列测试published30》的有效期至'))
    expect(single.text).toContain('还有 20 天，提前 30 天提醒')
  })
})

function order(key: string): number {
  return ['awaiting-review', 'awaiting-publication', 'returned-to-me', 'expiring'].indexOf(key)
}
