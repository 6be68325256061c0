/**
 * On the admin dashboard: published documents that name an interpretation body but
 * whose interpretation is overdue or due within 3 working days.
 */
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { interpretationStatus, interpretationStatusLabels } from '../../core/interpretations/interpretationStatus'
import { gazetteToday, interpretationDatesByDocument } from './interpretationFacts'
import { gazetteTimeZone } from '../../core/settings'
import { formatChineseDate } from '../../core/display/chineseDate'

export async function InterpretationReminders({
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
  const { docs } = await payload.find({
    collection: 'documents',
    where: { and: [{ _status: { equals: 'published' } }, { interpretationBody: { exists: true } }, { publishedDate: { exists: true } }] },
    depth: 0,
    pagination: false,
    select: { title: true, docNumber: true, publishedDate: true },
    req,
    overrideAccess: false,
    user: req?.user,
  })
  const dates = await interpretationDatesByDocument(
    payload,
    req,
    docs.map((d) => d.id),
  )
  const today = gazetteToday()
  const pending = docs
    .map((doc) => ({
      doc,
      status: interpretationStatus(toCalendarDate(String(doc.publishedDate), timeZone), dates.get(String(doc.id)) ?? [], today),
    }))
    .filter(({ status }) => status.state === 'overdue' || status.state === 'due-soon')
  return (
    <section className="gutter--left gutter--right" aria-labelledby="interpretation-reminders" style={{ marginBlock: '2rem' }}>
      <h2 id="interpretation-reminders">解读时限提醒</h2>
      {pending.length === 0 ? (
        <p>没有逾期或3个工作日内到期的解读。</p>
      ) : (
        <ul>
          {pending.map(({ doc, status }) => (
            <li key={doc.id}>
              <a href={`/admin/collections/documents/${doc.id}`}>{doc.title}</a>
              {doc.docNumber ? `（${doc.docNumber}）` : ''} · {interpretationStatusLabels[status.state]}
              {'due' in status ? ` · 时限 ${formatChineseDate(status.due)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
