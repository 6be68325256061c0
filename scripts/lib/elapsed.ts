import { humanDuration } from '../../core/calendar/humanDuration'

/** The time since `sinceMs` as an operator reads it (42秒, 3分5秒): the admin's own form. */
export function elapsed(sinceMs: number, now = Date.now()): string {
  // Whole seconds: start-up progress lines need no tenths.
  return humanDuration(Math.max(0, Math.round((now - sinceMs) / 1000)) * 1000)
}
