/**
 * 工作队列: what waits for whom, defined once as Payload `where` queries built from the
 * person, the day and the few facts a query cannot express itself. The dashboard counts,
 * the quick links above the lists and the list views all run these same queries, so a
 * count is always what its link opens.
 *
 * The queries run against the latest version of each item (Payload's `draft: true`, as
 * the admin's list view reads), because the review state of a pending edit lives there,
 * not in the published version.
 */
import { addDays } from '../calendar/calendarArithmetic'
import { fromCalendarDate } from '../calendar/calendarDate'
import { checkTransition, type ReviewAction, type ReviewState } from './workflow'

export const queueKeys = ['awaiting-review', 'awaiting-publication', 'returned-to-me', 'expiring'] as const
export type QueueKey = (typeof queueKeys)[number]

export const queueLabels: Record<QueueKey, string> = {
  'awaiting-review': '待我审核',
  'awaiting-publication': '待发布',
  'returned-to-me': '已退回给我',
  expiring: '即将到期',
}

/** What each queue holds, in a few words, for the dashboard and the list links. */
export function queueDescription(key: QueueKey, expiryWindowDays: number): string {
  switch (key) {
    case 'awaiting-review':
      return '已提交、等待审核'
    case 'awaiting-publication':
      return '审核通过、等待发布'
    case 'returned-to-me':
      return '我提交后被退回修改'
    case 'expiring':
      return `已发布、有效期至在今天起 ${expiryWindowDays} 天内（未废止）`
  }
}

/** The collections under review; gazette issues have no review workflow. */
export type QueueCollection = 'documents' | 'interpretations'

/** Only documents have 有效期至. */
const collectionsOf: Record<QueueKey, readonly QueueCollection[]> = {
  'awaiting-review': ['documents', 'interpretations'],
  'awaiting-publication': ['documents', 'interpretations'],
  'returned-to-me': ['documents', 'interpretations'],
  expiring: ['documents'],
}

export function queueCollections(key: QueueKey): readonly QueueCollection[] {
  return collectionsOf[key]
}

/**
 * A review queue is shown to whoever the workflow lets take its next step, so that the
 * queues follow the workflow's rules instead of repeating them: a submitted item waits
 * for those who may approve it, an approved one for those who may publish it, a sent-back
 * one for those who may submit it again.
 */
const nextStep: Record<Exclude<QueueKey, 'expiring'>, { action: ReviewAction | 'publish'; from: ReviewState }> = {
  'awaiting-review': { action: 'approve', from: 'submitted' },
  'awaiting-publication': { action: 'publish', from: 'approved' },
  'returned-to-me': { action: 'submit', from: 'sent-back' },
}

/** Those who act on an expiring document: editors draft its revision or repeal, publishers withdraw it. */
const expiryRoles = ['editor', 'publisher', 'admin']

export function queueVisibleTo(key: QueueKey, roles: readonly string[] | null | undefined): boolean {
  const held = roles ?? []
  if (key === 'expiring') return held.some((role) => expiryRoles.includes(role))
  const step = nextStep[key]
  // A reason is passed so that only the role and the state decide.
  return checkTransition(step.action, step.from, held, '—').ok
}

export function visibleQueues(roles: readonly string[] | null | undefined): QueueKey[] {
  return queueKeys.filter((key) => queueVisibleTo(key, roles))
}

/** The review queues default to 30 days ahead; a longer reminder horizon widens the window (expiryReminders.ts). */
export const DEFAULT_EXPIRY_WINDOW_DAYS = 30

type Id = number | string
type Operand = string | number | boolean | readonly Id[]
/** One condition: a field path and its operators. Structurally a Payload `Where`. */
export type QueueCondition = Record<string, Record<string, Operand>>
/** The canonical form of the admin's filter (`or` of `and`s), so that its filter editor shows the conditions. */
export type QueueWhere = { or: [{ and: QueueCondition[] }] }

export type QueueContext = {
  /** Today, 'YYYY-MM-DD' in the gazette's time zone. */
  today: string
  timeZone: string
  /** How many days ahead 即将到期 looks, today included as day 0. */
  expiryWindowDays: number
  /** Per collection, the sent-back items whose latest submission was this person's (returnedItems.ts). */
  returnedToUser: Partial<Record<QueueCollection, readonly Id[]>>
}

/** The query of one queue in one collection. */
export function queueWhere(key: QueueKey, collection: QueueCollection, context: QueueContext): QueueWhere {
  return { or: [{ and: conditions(key, collection, context) }] }
}

function conditions(key: QueueKey, collection: QueueCollection, context: QueueContext): QueueCondition[] {
  switch (key) {
    case 'awaiting-review':
      return [{ reviewState: { equals: 'submitted' } }]
    case 'awaiting-publication':
      return [{ reviewState: { equals: 'approved' } }]
    case 'returned-to-me': {
      const ids = context.returnedToUser[collection] ?? []
      // Nothing returned: a condition no record meets (every record has an id), rather
      // than an empty list, which the query string cannot carry.
      return [{ reviewState: { equals: 'sent-back' } }, ids.length > 0 ? { id: { in: ids } } : { id: { exists: false } }]
    }
    case 'expiring':
      return expiringConditions(context.today, context.timeZone, context.expiryWindowDays)
  }
}

/** 即将到期 on its own, for whoever needs it without a person (the reminder mail's link). */
export function expiringWhere(today: string, timeZone: string, days: number): QueueWhere {
  return { or: [{ and: expiringConditions(today, timeZone, days) }] }
}

/**
 * Published documents whose 有效期至 falls on today or one of the next `days` days, in the
 * gazette's time zone, and that were not repealed (a repealed document needs no clearing
 * at its expiry). Withdrawn documents are drafts again and do not count.
 */
export function expiringConditions(today: string, timeZone: string, days: number): QueueCondition[] {
  return [
    { _status: { equals: 'published' } },
    { expiresOn: { greater_than_equal: startOfDay(today, timeZone) } },
    { expiresOn: { less_than: startOfDay(addDays(today, days + 1), timeZone) } },
    { repealedOn: { exists: false } },
  ]
}

/**
 * The first instant of a calendar day in the zone: stored dates may carry any time of
 * day (noon from the importer, the picker's own time from the admin), and all of them
 * belong to the day. Computed from the zone's offset at noon, which differs from the
 * midnight offset only on a daylight-saving change day (none in China).
 */
export function startOfDay(day: string, timeZone: string): string {
  const offset = Date.parse(`${day}T12:00:00.000Z`) - Date.parse(fromCalendarDate(day, timeZone))
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - offset).toISOString()
}
