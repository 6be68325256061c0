/**
 * Background work run by the CMS process itself: queued site builds (checked every five
 * seconds), scheduled publication of approved items (every minute), a rebuild when
 * the next validity status change has come (hourly), and the expiry reminder mail (daily). It runs in the served app (Next sets NEXT_RUNTIME),
 * not in scripts or tests, unless GONGBAO_JOBS=on; GONGBAO_JOBS=off turns it off.
 */
import type { JobsConfig } from 'payload'

import { pipelineSettings } from '../../core/settings'
import { runNextSiteBuild } from '../publishing/runSiteBuild'
import { rebuildIfStatusChanged } from '../publishing/statusChange'
import { adminOnlyJobEndpoints, adminOnlyJobsAccess } from './adminOnly'
import { publishDueItems } from '../workflow/publishDue'
import { remindExpiring } from '../notifications/remindExpiring'

const everyMinute = '* * * * *'
/** Queued site builds start within seconds (cron with a seconds field). */
const everyFiveSeconds = '*/5 * * * * *'
const hourly = '0 * * * *'
/** The server's clock: 08:00 where the CMS runs. */
const dailyAtEight = '0 8 * * *'

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
    {
      slug: 'siteBuild',
      label: '构建公报网站',
      schedule: [{ cron: everyFiveSeconds, queue: 'site' }],
      handler: async ({ req }) => {
        const outcome = await runNextSiteBuild(req.payload)
        return { output: { status: outcome?.status ?? 'idle' } }
      },
    },
    {
      slug: 'statusChangeRebuild',
      label: '有效性变化时重建网站',
      schedule: [{ cron: hourly, queue: 'scheduled' }],
      handler: async ({ req }) => {
        const queued = await rebuildIfStatusChanged(req.payload, pipelineSettings(), new Date())
        return { output: { queued } }
      },
    },
    {
      slug: 'expiryReminders',
      label: '有效期届满提醒',
      // Once a day is enough: each document is mailed once per horizon whenever the run comes.
      schedule: [{ cron: dailyAtEight, queue: 'scheduled' }],
      handler: async ({ req }) => {
        const { reminded } = await remindExpiring(req.payload, new Date())
        return { output: { reminded: reminded.length } }
      },
    },
  ],
  // The runner's heartbeat ("Running 1 jobs.") every five seconds is not news; its
  // errors are, and each build and publication logs its own outcome.
  autoRun: [
    { cron: everyMinute, queue: 'scheduled', silent: { info: true } },
    { cron: everyFiveSeconds, queue: 'site', limit: 1, silent: { info: true } },
  ],
  shouldAutoRun: () => jobsEnabled(),
  deleteJobOnComplete: true,
  // Running, queueing and cancelling jobs over the API is for admins only.
  access: adminOnlyJobsAccess,
  jobsCollectionOverrides: adminOnlyJobEndpoints,
}

export function jobsEnabled(): boolean {
  return process.env.GONGBAO_JOBS === 'on' || (process.env.NEXT_RUNTIME === 'nodejs' && process.env.GONGBAO_JOBS !== 'off')
}
