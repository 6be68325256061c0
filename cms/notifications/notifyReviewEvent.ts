/**
 * After a review event is recorded (by the workflow or by scheduled publication), the
 * people concerned are told by e-mail: the facts and recipients are read now, inside the
 * saving request, and the messages sent after it (deliver.ts). Nothing here can fail the
 * save: an error is logged.
 */
import type { CollectionAfterChangeHook, Payload } from 'payload'

import { itemAdminLink } from './adminLink'
import { deliverLater } from './deliver'
import { mailConfigured } from './mailSettings'
import { recipientsFor } from './recipients'
import { reviewMail, type NotifiedAction } from './reviewMail'
import { chineseDateTime } from '../../core/display/chineseDateTime'
import { pipelineSettings } from '../../core/settings'
import { relationId } from '../../core/snapshot/relationId'
import type { ReviewEvent } from '../payload-types'

const notified: readonly string[] = ['submit', 'send-back', 'approve', 'publish'] satisfies NotifiedAction[]
const isNotified = (action: string): action is NotifiedAction => notified.includes(action)
const kindLabels: Record<string, string> = { documents: '文件', interpretations: '解读' }

const formatTime = (value: string | Date) => chineseDateTime(value, pipelineSettings().timeZone)

async function actorName(payload: Payload, req: Parameters<CollectionAfterChangeHook>[0]['req'], id: number | string | null | undefined) {
  if (id == null) return '系统（定时发布）'
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  return user ? (user.name ? `${user.name}（${user.email}）` : user.email) : '未知用户'
}

export const notifyReviewEvent: CollectionAfterChangeHook<ReviewEvent> = async ({ doc: event, operation, req }) => {
  if (operation !== 'create' || !mailConfigured()) return event
  const action = event.action
  if (!isNotified(action)) return event
  const { payload } = req
  try {
    const collection = event.item.relationTo
    const itemId = relationId(event.item.value) ?? ''
    const actorId = relationId(event.user)
    const item = await payload.findByID({ collection, id: itemId, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
    const recipients = await recipientsFor(payload, req, { action, collection, itemId, actorId })
    const { subject, text } = reviewMail({
      action,
      kindLabel: kindLabels[collection] ?? '内容',
      title: item?.title ?? `#${itemId}`,
      actor: await actorName(payload, req, actorId),
      reason: event.reason,
      publishAt: action === 'approve' && item?.publishAt ? formatTime(item.publishAt) : null,
      link: itemAdminLink(payload, collection, itemId),
      when: formatTime(event.createdAt ?? new Date()),
    })
    deliverLater(
      payload,
      recipients.map((to) => ({ to: to.email, subject, text })),
    )
  } catch (err) {
    payload.logger.error({ err, msg: '准备审核通知邮件时出错' })
  }
  return event
}
