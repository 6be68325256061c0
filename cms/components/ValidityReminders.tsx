/**
 * On the admin dashboard: documents whose validity ends within the next 90 days
 * (清理提醒, so the office reviews them in time), and normative documents (the kinds with
 * the expiryReview rule) that state no validity period. Read with the signed-in user's rights.
 */
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { addDays } from '../../core/calendar/calendarArithmetic'
import { fromCalendarDate, toCalendarDate } from '../../core/calendar/calendarDate'
import { documentKindLabel, kindsWithRule } from '../../core/documents/documentKinds'
import { configuredDocumentKinds } from '../../core/documents/documentKindsFile'
import { gazetteTimeZone } from '../../core/settings'

export const REVIEW_WINDOW_DAYS = 90

type Row = { id: number | string; title: string; docNumber?: string | null; kind: string; expiresOn?: string | null }

export async function ValidityReminders({
  payload,
  req: given,
  user,
}: {
  payload: Payload
  req?: PayloadRequest
  user?: TypedUser | null
}) {
  // The dashboard hands its components the signed-in user, not a request: without this they
  // read as the public (and the query guard refuses the staff-only filters, failing the page).
  const req = given ?? (await createLocalReq({ user: user ?? undefined }, payload))
  const timeZone = gazetteTimeZone()
  const today = toCalendarDate(new Date(), timeZone)
  const until = addDays(today, REVIEW_WINDOW_DAYS)
  const kinds = configuredDocumentKinds()
  const reviewed = kindsWithRule(kinds, 'expiryReview')
  const common = { collection: 'documents' as const, depth: 0, limit: 50, req, overrideAccess: false, user: req?.user }
  const [ending, withoutTerm] = await Promise.all([
    payload.find({
      ...common,
      where: {
        and: [
          { expiresOn: { greater_than_equal: fromCalendarDate(today, timeZone) } },
          { expiresOn: { less_than_equal: fromCalendarDate(until, timeZone) } },
          { repealedOn: { exists: false } },
        ],
      },
      sort: 'expiresOn',
    }),
    payload.find({
      ...common,
      where: {
        and: [
          // No kind reviewed: a value no document holds rather than an empty `in`.
          { kind: { in: reviewed.length > 0 ? reviewed : [''] } },
          { expiresOn: { exists: false } },
          { repealedOn: { exists: false } },
        ],
      },
      sort: '-publishedDate',
    }),
  ])
  const day = (value?: string | null) => (value ? toCalendarDate(value, timeZone) : '—')
  const list = (rows: Row[], empty: string) =>
    rows.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            <a href={`/admin/collections/documents/${row.id}`}>{row.title}</a>
            {row.docNumber ? `（${row.docNumber}）` : ''} · {documentKindLabel(kinds, row.kind)}
            {row.expiresOn ? ` · 有效期至 ${day(row.expiresOn)}` : ''}
          </li>
        ))}
      </ul>
    )
  return (
    <section className="gutter--left gutter--right" aria-labelledby="validity-reminders" style={{ marginBlock: '2rem' }}>
      <h2 id="validity-reminders">清理提醒</h2>
      <h3>{REVIEW_WINDOW_DAYS} 天内有效期届满的文件</h3>
      {list(ending.docs as Row[], `今天起 ${REVIEW_WINDOW_DAYS} 天内没有有效期届满的文件。`)}
      <h3>未注明有效期的规范性文件</h3>
      {list(withoutTerm.docs as Row[], '所有规范性文件都已注明有效期。')}
    </section>
  )
}
