/**
 * Background work run by the CMS process itself: every minute, publish approved items
 * whose scheduled time has come. It runs in the served app (Next sets NEXT_RUNTIME),
 * not in scripts or tests, unless GONGBAO_JOBS=on; GONGBAO_JOBS=off turns it off.
 */
import type { JobsConfig } from 'payload'

import { publishDueItems } from './publishDue'

const everyMinute = '* * * * *'

export const jobs: JobsConfig = {
  tasks: [
    {
      slug: 'publishScheduled',
      label: '定时发布',
      schedule: [{ cron: everyMinute, queue: 'scheduled' }],
      handler: async ({ req }) => {
        const published = await publishDueItems(req.payload, new Date())
        return { output: { published: published.length } }
      },
    },
  ],
  autoRun: [{ cron: everyMinute, queue: 'scheduled' }],
  shouldAutoRun: () => process.env.GONGBAO_JOBS === 'on' || (process.env.NEXT_RUNTIME === 'nodejs' && process.env.GONGBAO_JOBS !== 'off'),
  deleteJobOnComplete: true,
}
