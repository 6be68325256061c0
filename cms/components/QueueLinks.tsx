/**
 * Above a list of documents or interpretations: the work queues of the signed-in person
 * for this collection, to switch between them (and back to the whole list) without the
 * dashboard. The queue being shown is marked. Counted with the person's own rights.
 */
import type { Payload, SanitizedCollectionConfig, TypedUser } from 'payload'

import { showsWhere } from '../../core/workflow/queueLink'
import { queueDescription } from '../../core/workflow/workQueues'
import { loadQueueContext } from '../workflow/queueContext'
import { summarizeQueues } from '../workflow/queueCounts'

type Props = {
  payload: Payload
  user?: TypedUser | null
  collectionConfig: SanitizedCollectionConfig
  searchParams?: Record<string, string | string[] | undefined>
}

export async function QueueLinks({ payload, user, collectionConfig, searchParams = {} }: Props) {
  if (!user) return null
  const slug = collectionConfig.slug
  if (slug !== 'documents' && slug !== 'interpretations') return null
  let links: Array<{ key: string; label: string; title: string; href: string; count: number; current: boolean }>
  try {
    const context = await loadQueueContext(payload, user)
    const summaries = await summarizeQueues(payload, user, context, slug)
    links = summaries.flatMap((queue) =>
      queue.entries.map((entry) => ({
        key: queue.key,
        label: queue.label,
        title: queueDescription(queue.key, context.expiryWindowDays),
        href: entry.href,
        count: entry.count,
        current: showsWhere(searchParams, entry.where),
      })),
    )
  } catch (err) {
    payload.logger.error({ err, msg: '读取工作队列时出错' })
    return null
  }
  if (links.length === 0) return null
  const filtered = Object.keys(searchParams).some((key) => key === 'where' || key.startsWith('where['))
  const all = `${payload.config.routes.admin}/collections/${slug}`
  return (
    <nav className="gutter--left gutter--right" aria-label="工作队列" style={{ marginBlock: '1rem' }}>
      <span>工作队列：</span>
      <a href={all} aria-current={filtered ? undefined : 'page'} style={{ fontWeight: filtered ? undefined : 600 }}>
        全部
      </a>
      {links.map((link) => (
        <span key={link.key}>
          {' · '}
          <a
            href={link.href}
            title={link.title}
            data-queue={link.key}
            data-count={link.count}
            aria-current={link.current ? 'page' : undefined}
            style={{ fontWeight: link.current ? 600 : undefined }}
          >
            {link.label}（{link.count}）
          </a>
        </span>
      ))}
    </nav>
  )
}
