/**
 * On a document's page in the admin: the interpretation deadline (7 working days after
 * publication) and where the document stands, with a warning when it is late.
 */
import type { UIFieldServerProps } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { interpretationStatus, interpretationStatusLabels } from '../../core/interpretations/interpretationStatus'
import { gazetteToday, interpretationDatesByDocument } from './interpretationFacts'
import { gazetteTimeZone } from '../../core/settings'
import { formatChineseDate } from '../../core/display/chineseDate'

export async function InterpretationDeadline({ data, id, payload, req }: UIFieldServerProps) {
  if (!id || !data?.publishedDate || !data?.interpretationBody) return null
  const timeZone = gazetteTimeZone()
  const dates = await interpretationDatesByDocument(payload, req, [id])
  const status = interpretationStatus(toCalendarDate(String(data.publishedDate), timeZone), dates.get(String(id)) ?? [], gazetteToday())
  const warn = status.state === 'overdue' || status.state === 'due-soon' || status.state === 'published-late'
  return (
    <div className="field-type" role={warn ? 'alert' : 'status'} style={{ marginBottom: '1.5rem' }}>
      <strong style={{ color: warn ? 'var(--theme-error-500)' : undefined }}>{interpretationStatusLabels[status.state]}</strong>
      {'due' in status ? <span>（应于 {formatChineseDate(status.due)} 前发布解读，即文件发布后7个工作日内）</span> : null}
    </div>
  )
}
