/**
 * Statuses change with the calendar (a document takes effect, expires). Each build
 * writes the next such day to status.json; once it has come, the live site is rebuilt.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { liveLink } from './liveSite'
import { requestSiteBuild } from './requestSiteBuild'
import type { PipelineSettings } from '../../core/settings'
import { STATUS_PATH } from '../../core/addresses'

export async function rebuildIfStatusChanged(payload: Payload, settings: PipelineSettings, now: Date): Promise<boolean> {
  const file = path.join(liveLink(settings.siteRoot), STATUS_PATH.slice(1))
  if (!fs.existsSync(file)) return false
  const { nextStatusChange } = JSON.parse(fs.readFileSync(file, 'utf8')) as { nextStatusChange?: string | null }
  if (!nextStatusChange || nextStatusChange > toCalendarDate(now, settings.timeZone)) return false
  await requestSiteBuild(payload, `有效性变化（${nextStatusChange}）`)
  return true
}
