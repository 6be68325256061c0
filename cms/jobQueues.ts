/**
 * Background work run by the CMS process itself: queued site builds (checked every five
 * seconds), a rebuild when the next validity status change has come (hourly), and the
 * expiry reminder mail (daily) and the nightly backup (backup/runScheduledBackup.ts);
 * scheduled publication of approved items (every minute) is the review workflow's own
 * task, which its plugin adds (workflow/plugin.ts) to the same every-minute queue. It
 * runs in the served app (Next sets NEXT_RUNTIME), not in scripts or tests, unless
 * GONGBAO_JOBS=on; GONGBAO_JOBS=off turns it off. Each task holds its lease
 * (leases/leaseNames.ts), so that two CMS processes on one database run it once.
 */
import type { JobsConfig } from 'payload'

import { pipelineSettings } from '../core/settings'
import { runNextSiteBuild } from './publishing/runSiteBuild'
import { rebuildIfStatusChanged } from './publishing/statusChange'
import { adminOnlyJobEndpoints, adminOnlyJobsAccess } from './jobs/adminOnly'
import { remindExpiring } from './notifications/remindExpiring'
import { issueProofTask } from './issues/proof/proofTask'
import { documentPreviewTask } from './publishing/previewDocument'
import { staffQueue } from './jobs/staffJob'
import { backIssueQueue, uploadedIssueTask } from './backIssues/uploadedIssueTask'
import { runScheduledBackup } from './backup/runScheduledBackup'
import { withLease } from './leases/databaseLease'
import { leaseNames } from './leases/leaseNames'
import { holdsJobRunner } from './leases/jobRunnerLease'
import { dailyAtEight, dailyAtTwo, everyFiveSeconds, everyMinute, hourly, scheduledQueue, siteQueue } from './jobs/schedules'

export const jobs: JobsConfig = {
  tasks: [
    {
      slug: 'siteBuild',
      label: '构建公报网站',
      schedule: [{ cron: everyFiveSeconds, queue: siteQueue }],
      handler: async ({ req }) => {
        const outcome = await runNextSiteBuild(req.payload)
        return { output: { status: outcome?.status ?? 'idle' } }
      },
    },
    {
      slug: 'statusChangeRebuild',
      label: '有效性变化时重建网站',
      schedule: [{ cron: hourly, queue: scheduledQueue }],
      handler: async ({ req }) => {
        const run = await withLease(req.payload, leaseNames.statusChangeRebuild, () =>
          rebuildIfStatusChanged(req.payload, pipelineSettings(), new Date()),
        )
        return { output: run.ran ? { queued: run.value } : { skipped: run.holder } }
      },
    },
    {
      slug: 'expiryReminders',
      label: '有效期届满提醒',
      // Once a day is enough: each document is mailed once per horizon whenever the run comes.
      schedule: [{ cron: dailyAtEight, queue: scheduledQueue }],
      handler: async ({ req }) => {
        const run = await withLease(req.payload, leaseNames.expiryReminders, () => remindExpiring(req.payload, new Date()))
        return { output: run.ran ? { reminded: run.value.reminded.length } : { skipped: run.holder } }
      },
    },
    {
      slug: 'scheduledBackup',
      label: '定时备份',
      // Daily into BACKUP_DIR keeping BACKUP_KEEP archives; nothing when BACKUP_DIR is unset (backup/backupSettings.ts).
      schedule: [{ cron: dailyAtTwo, queue: scheduledQueue }],
      handler: async ({ req }) => {
        const run = await withLease(req.payload, leaseNames.scheduledBackup, () => runScheduledBackup())
        return { output: run.ran ? run.value : { skipped: run.holder } }
      },
    },
    // Proofs and draft previews that staff wait on (jobs/staffJob.ts), queued by their requests.
    issueProofTask,
    documentPreviewTask,
    // A printed issue uploaded in the admin, read (OCR: minutes) and written on a queue of its own.
    uploadedIssueTask,
  ],
  // The runner's heartbeat ("Running 1 jobs.") every five seconds is not news; its
  // errors are, and each build and publication logs its own outcome.
  autoRun: [
    { cron: everyMinute, queue: scheduledQueue, silent: { info: true } },
    { cron: everyFiveSeconds, queue: siteQueue, limit: 1, silent: { info: true } },
    { cron: '*/2 * * * * *', queue: staffQueue, limit: 1, silent: { info: true } },
    { cron: '*/2 * * * * *', queue: backIssueQueue, limit: 1, silent: { info: true } },
  ],
  // One runner across processes on the same database (leases/jobRunnerLease.ts).
  shouldAutoRun: async (payload) => jobsEnabled() && (await holdsJobRunner(payload)),
  deleteJobOnComplete: true,
  // Running, queueing and cancelling jobs over the API is for admins only.
  access: adminOnlyJobsAccess,
  jobsCollectionOverrides: adminOnlyJobEndpoints,
}

export function jobsEnabled(): boolean {
  return process.env.GONGBAO_JOBS === 'on' || (process.env.NEXT_RUNTIME === 'nodejs' && process.env.GONGBAO_JOBS !== 'off')
}
