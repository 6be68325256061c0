/**
 * On the admin dashboard, first: the work queues the signed-in person has (待我审核,
 * 待发布, 已退回给我, 即将到期), with the count per collection, each linking to the list
 * filtered to exactly that queue. Read with the person's own rights.
 */
import type { Payload, TypedUser } from 'payload'

import { queueDescription } from '../../core/workflow/workQueues'
import { loadQueueContext } from '../workflow/queueContext'
import { type QueueSummary, summarizeQueues } from '../workflow/queueCounts'

const collectionNames = { documents: '文件', interpretations: '解读' } as const

type Read = { ok: true; windowDays: number; summaries: QueueSummary[] } | { ok: false; message: string }

async function readQueues(payload: Payload, user: TypedUser): Promise<Read> {
  try {
    const context = await loadQueueContext(payload, user)
    return { ok: true, windowDays: context.expiryWindowDays, summaries: await summarizeQueues(payload, user, context) }
  } catch (err) {
    // A misconfigured EXPIRY_REMINDER_DAYS says so here rather than breaking the dashboard.
    payload.logger.error({ err, msg: '读取工作队列时出错' })
    return { ok: false, message: err instanceof Error ? err.message : '工作队列暂时无法读取。' }
  }
}

export async function WorkQueues({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const read = await readQueues(payload, user)
  if (read.ok && read.summaries.length === 0) return null
  return (
    <section className="gutter--left gutter--right" aria-labelledby="work-queues" style={{ marginBlock: '2rem' }}>
      <h2 id="work-queues">工作队列</h2>
      {read.ok ? (
        <ul>
          {read.summaries.map((queue) => (
            <li key={queue.key} data-queue={queue.key}>
              <strong>{queue.label}</strong>（{queueDescription(queue.key, read.windowDays)}）：
              {queue.entries.map((entry, index) => (
                <span key={entry.collection}>
                  {index > 0 ? '，' : ' '}
                  <a href={entry.href} data-collection={entry.collection} data-count={entry.count}>
                    {collectionNames[entry.collection]} {entry.count} 件
                  </a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p role="alert">{read.message}</p>
      )}
    </section>
  )
}
