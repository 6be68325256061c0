/**
 * On a document's or interpretation's page in the admin (sidebar): its 签发 and its review
 * record. The 签发 shows the 签发人 of the original as entered and who entered it, the
 * approval that authorises issuing the version (the reviewer's, bound to its content),
 * and its publication; then every entry of the record, oldest first. Staff only: the
 * admin is, and the record is read with the person's own rights.
 */
import type { UIFieldServerProps } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { chineseDateTime } from '../../core/display/chineseDateTime'
import { type HistoryEntry, historyActionLabels, signOffView } from '../../core/workflow/reviewHistory'
import { signatoryText } from '../../core/documents/signOff'
import type { ReviewState } from '../../core/workflow/workflow'
import { reviewHistoryOf } from './reviewHistoryFacts'
import { gazetteTimeZone } from '../../core/settings'
import { formatChineseDate } from '../../core/display/chineseDate'

const muted = { color: 'var(--theme-elevation-500)' }

export async function ReviewHistory({ id, data, payload, req, collectionSlug }: UIFieldServerProps) {
  if (!id || (collectionSlug !== 'documents' && collectionSlug !== 'interpretations')) return null
  const timeZone = gazetteTimeZone()
  const entries = await reviewHistoryOf(payload, req, collectionSlug, id)
  const view = signOffView(entries, (data?.reviewState as ReviewState | undefined) ?? 'draft')
  const when = (entry: HistoryEntry) => chineseDateTime(entry.at, timeZone)
  const who = (entry: HistoryEntry) => entry.by ?? '系统（定时发布）'
  const published = data?._status === 'published' || data?.reviewState === 'published'
  const signatory = signatoryText({ name: data?.signatory as string | undefined, post: data?.signatoryPost as string | undefined })
  const writtenDate = typeof data?.writtenDate === 'string' ? formatChineseDate(toCalendarDate(data.writtenDate, timeZone)) : null
  return (
    <section className="field-type" aria-labelledby="review-history" style={{ marginBottom: '1.5rem' }}>
      <h3 id="review-history" style={{ fontSize: '1rem', marginBottom: '0.5rem' }}>
        签发与审核记录
      </h3>
      <dl style={{ margin: 0 }} data-testid="sign-off">
        {collectionSlug === 'documents' ? (
          <>
            <dt>签发人（原件）</dt>
            <dd style={{ marginInlineStart: 0, marginBottom: '0.5rem' }}>
              {signatory ?? <span style={muted}>未登记</span>}
              {signatory && writtenDate ? `，签发日期 ${writtenDate}（成文日期）` : ''}
              {view.signatoryEntry ? (
                <div style={muted}>
                  由 {who(view.signatoryEntry)} 于 {when(view.signatoryEntry)} 登记
                </div>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt>审核通过（授权发布）</dt>
        <dd style={{ marginInlineStart: 0, marginBottom: '0.5rem' }}>
          {view.approval ? (
            <>
              {who(view.approval)}，{when(view.approval)}
              {view.approvalSuperseded ? (
                <div style={{ color: 'var(--theme-error-500)' }}>此后内容已修改或退回，须重新审核通过。</div>
              ) : null}
            </>
          ) : (
            <span style={muted}>尚未审核通过</span>
          )}
        </dd>
        <dt>发布</dt>
        <dd style={{ marginInlineStart: 0, marginBottom: '0.5rem' }}>
          {view.publication ? (
            <>
              {who(view.publication)}，{when(view.publication)}
              <div style={view.publishedAsApproved ? muted : { color: 'var(--theme-error-500)' }}>
                {view.publishedAsApproved
                  ? '发布的版本与审核通过的版本一致（内容指纹相同）。'
                  : '发布时未记录与审核通过的版本一致的内容指纹。'}
              </div>
            </>
          ) : published ? (
            <span style={muted}>已发布，审核记录中没有发布记录（系统导入或初始数据）。</span>
          ) : (
            <span style={muted}>尚未发布</span>
          )}
        </dd>
      </dl>
      {entries.length === 0 ? (
        <p style={muted}>尚无审核记录。</p>
      ) : (
        <details>
          <summary>全部审核记录（{entries.length} 条）</summary>
          <ol style={{ paddingInlineStart: '1.2rem', marginTop: '0.5rem' }} data-testid="review-entries">
            {entries.map((entry, index) => (
              <li key={`${entry.at}-${index}`} style={{ marginBottom: '0.4rem' }}>
                <strong>{historyActionLabels[entry.action] ?? entry.action}</strong> · {when(entry)} · {who(entry)}
                {entry.reason ? <div style={muted}>{entry.reason}</div> : null}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
