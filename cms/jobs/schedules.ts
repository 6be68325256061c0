/** How often the CMS's background work runs, and on which queue (jobs/index.ts, the review workflow's job). */

export const everyMinute = '* * * * *'
/** Queued site builds start within seconds (cron with a seconds field). */
export const everyFiveSeconds = '*/5 * * * * *'
export const hourly = '0 * * * *'
/** The server's clock: 08:00 where the CMS runs. */
export const dailyAtEight = '0 8 * * *'
/** The nightly backup, 02:00 server time, when editing is quiet. */
export const dailyAtTwo = '0 2 * * *'

/** Scheduled work checked every minute: publication, status changes, reminders. */
export const scheduledQueue = 'scheduled'
/** Site builds, one at a time. */
export const siteQueue = 'site'
