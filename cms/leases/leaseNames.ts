/**
 * The background work that runs once across CMS processes sharing a database, each under
 * its lease (databaseLease.ts): the job handlers (jobQueues.ts, workflow/plugin.ts) and
 * the build runner (publishing/runSiteBuild.ts) take them.
 */
export const leaseNames = {
  siteBuild: 'site-build',
  publishScheduled: 'publish-scheduled',
  statusChangeRebuild: 'status-change-rebuild',
  expiryReminders: 'expiry-reminders',
  scheduledBackup: 'scheduled-backup',
} as const
