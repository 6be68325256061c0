/**
 * E-mail through a real SMTP server on 127.0.0.1 (smtp-server, with authentication):
 * the review path through REST tells reviewers of a submission, the editor of a sending
 * back and of the publication, publishers of an approval, in Chinese with the title, the
 * action, who did it, the reason and the admin link; a password reset arrives with a link
 * to the admin's own address whose token resets the password.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { call, createStaff, type Staff } from './helpers/reviewFlow'
import { startSmtpCatcher, type SmtpCatcher } from './helpers/smtpCatcher'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const SERVER_URL = 'https://cms.example.gov.cn'
let smtp: SmtpCatcher
let gazette: TempGazette
let staff: Staff
let orgId: number
const saved = { ...process.env }

beforeAll(async () => {
  smtp = await startSmtpCatcher({ user: 'gazette-mailer', password: 'smtp-secret' })
  // Before the config loads (startTempGazette imports it).
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    SMTP_USER: 'gazette-mailer',
    SMTP_PASSWORD: 'smtp-secret',
    MAIL_FROM: '市政府公报 <gazette@example.gov.cn>',
    SERVER_URL,
  })
  gazette = await startTempGazette()
  orgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '测试市人民政府', slug: 'test-gov' } })).id
  staff = await createStaff(gazette)
  await gazette.payload.create({
    collection: 'users',
    data: { email: 'reviewer2@example.gov.cn', password: 'x-correct-horse', roles: ['reviewer'], name: '李审核' },
  })
  await gazette.payload.update({ collection: 'users', where: { email: { equals: 'editor@example.gov.cn' } }, data: { name: '张编辑' } })
}, 120_000)

afterAll(async () => {
  await gazette?.cleanup()
  await smtp?.close()
  for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASSWORD', 'MAIL_FROM', 'SERVER_URL']) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

const about = (title: string) => (mail: { subject: string }) => mail.subject.includes(title)

describe('review notifications', () => {
  it('mails each step of the review path to the people concerned', async () => {
    const title = '关于通知邮件测试的通知'
    const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      title,
      kind: 'other',
      issuers: [orgId],
      writtenDate: '2024-06-01T04:00:00.000Z',
      disclosure: 'proactive',
      _status: 'draft',
      workflowAction: 'submit',
    })
    expect(created.status).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const link = `${SERVER_URL}/admin/collections/documents/${id}`

    // Submitted: every reviewer, one message each, from MAIL_FROM.
    const submitted = await smtp.waitFor((m) => m.subject.startsWith('【待审核】') && about(title)(m), 2)
    const first = submitted[0] as (typeof submitted)[number]
    expect(submitted.flatMap((m) => m.envelopeTo).sort()).toEqual(['reviewer2@example.gov.cn', 'reviewer@example.gov.cn'])
    expect(first.from).toContain('gazette@example.gov.cn')
    expect(first.subject).toBe(`【待审核】文件《${title}》已提交审核`)
    expect(first.text).toContain('操作：提交审核')
    expect(first.text).toContain('操作人：张编辑（editor@example.gov.cn）')
    expect(first.text).toContain(link)

    // Sent back with a reason: the editor who submitted it.
    const back = await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, {
      workflowAction: 'send-back',
      workflowReason: '发文字号缺失',
    })
    expect(back.status).toBe(200)
    const sentBack = await smtp.one((m) => m.subject.startsWith('【已退回】') && about(title)(m))
    expect(sentBack.envelopeTo).toEqual(['editor@example.gov.cn'])
    expect(sentBack.text).toContain('操作：退回修改')
    expect(sentBack.text).toContain('理由或意见：发文字号缺失')
    expect(sentBack.text).toContain('操作人：reviewer@example.gov.cn')
    expect(sentBack.text).toContain(link)

    // Submitted again, approved: the publishers.
    await call(gazette, staff.editor, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'submit' })
    const approved = await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'approve' })
    expect(approved.status).toBe(200)
    const forPublishers = await smtp.one((m) => m.subject.startsWith('【待发布】') && about(title)(m))
    expect(forPublishers.envelopeTo).toEqual(['publisher@example.gov.cn'])
    expect(forPublishers.text).toContain('操作：审核通过')
    expect(forPublishers.text).toContain(link)

    // Published: the editor who submitted it.
    const published = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${id}`, { _status: 'published' })
    expect(published.status).toBe(200)
    const done = await smtp.one((m) => m.subject.startsWith('【已发布】') && about(title)(m))
    expect(done.envelopeTo).toEqual(['editor@example.gov.cn'])
    expect(done.subject).toBe(`【已发布】文件《${title}》已发布`)
    expect(done.text).toContain('操作人：publisher@example.gov.cn')
    // The reviewer who acted was never told of their own step; the second submission reached both reviewers again.
    expect(smtp.received.filter(about(title)).map((m) => m.subject.slice(0, 5))).toEqual(
      expect.arrayContaining(['【待审核】', '【已退回】', '【待发布】', '【已发布】']),
    )
  })

  it('never fails a save when the mail server is gone', async () => {
    const port = process.env.SMTP_PORT
    const errors: unknown[] = []
    const original = gazette.payload.logger.error.bind(gazette.payload.logger)
    gazette.payload.logger.error = ((...args: unknown[]) => {
      errors.push(args[0])
    }) as typeof gazette.payload.logger.error
    const sendEmail = gazette.payload.sendEmail
    gazette.payload.sendEmail = () => Promise.reject(new Error('connect ECONNREFUSED'))
    try {
      const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
        title: '邮件服务故障时提交的文件',
        kind: 'other',
        issuers: [orgId],
        writtenDate: '2024-06-01T04:00:00.000Z',
        disclosure: 'proactive',
        _status: 'draft',
        workflowAction: 'submit',
      })
      expect(created.status).toBe(201)
      // Delivery runs after the request (notifications/deliver.ts): wait for its failure to be logged.
      await vi.waitFor(() => expect(JSON.stringify(errors)).toContain('通知邮件发送失败'), { timeout: 10_000 })
    } finally {
      gazette.payload.sendEmail = sendEmail
      gazette.payload.logger.error = original
      process.env.SMTP_PORT = port
    }
  })
})

describe('password reset by e-mail', () => {
  it('mails a link to the admin whose token sets a new password', async () => {
    const email = 'editor@example.gov.cn'
    const asked = await gazette.rest('/api/users/forgot-password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: 'evil.example.com' },
      body: JSON.stringify({ email }),
    })
    expect(asked.status).toBe(200)
    const mail = await smtp.one((m) => m.envelopeTo.includes(email) && m.subject.includes('重置密码'))
    expect(mail.subject).toBe('【公报管理】重置密码')
    expect(mail.text).toContain('设置新密码')
    const link = /https?:\/\/[^\s"<]+\/admin\/reset\/[^\s"<]+/.exec(mail.text)?.[0]
    expect(link?.startsWith(`${SERVER_URL}/admin/reset/`)).toBe(true)
    const token = decodeURIComponent(link!.split('/admin/reset/')[1] ?? '')

    const reset = await gazette.rest('/api/users/reset-password', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, password: 'a-brand-new-password' }),
    })
    expect(reset.status).toBe(200)
    const login = await gazette.rest('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'a-brand-new-password' }),
    })
    expect(login.status).toBe(200)
  })
})
