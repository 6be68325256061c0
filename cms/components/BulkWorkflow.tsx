'use client'
/**
 * Above the table of documents or interpretations: one review step (提交审核, 审核通过,
 * 退回修改, 发布, 撤回) for the rows selected, after a confirmation. The server applies it
 * item by item with the person's own rights (workflow/bulkWorkflowEndpoint.ts); the answer
 * is shown per item — done, or not done and why — and the list is reloaded.
 */
import { Button, useAuth, useConfig, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import {
  type BulkAction,
  bulkActionDone,
  bulkActionLabels,
  bulkActions,
  bulkReasonRefusal,
  mayTakeBulkAction,
} from '../../core/workflow/bulkWorkflow'
import { type ReviewState, reviewStateLabels } from '../../core/workflow/workflow'

type ItemResult = { id: string; title: string; ok: boolean; state?: ReviewState | null; reason?: string }
type Answer = { action?: BulkAction; results?: ItemResult[]; errors?: Array<{ message: string }> }
type Ran = { action: BulkAction; results: ItemResult[] }

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: '4px', padding: '0.75rem 1rem', marginBottom: '1rem' }
const error = { color: 'var(--theme-error-500)' }

export function BulkWorkflow({ collectionSlug }: { collectionSlug: string }) {
  const { count, getSelectedIds, selectAll } = useSelection()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const allowed = bulkActions.filter((candidate) => mayTakeBulkAction(candidate, roles))
  const [action, setAction] = useState<BulkAction | ''>('')
  const [reason, setReason] = useState('')
  const [confirming, setConfirming] = useState<Array<number | string> | null>(null)
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [ran, setRan] = useState<Ran | null>(null)
  if (allowed.length === 0) return null

  const needsReason = action !== '' && bulkReasonRefusal(action, roles) !== null
  const takesNote = needsReason || action === 'approve'
  const itemLink = (id: string) => `${config.routes.admin}/collections/${collectionSlug}/${encodeURIComponent(id)}`

  const run = async (ids: Array<number | string>) => {
    if (!action) return
    setBusy(true)
    setRefusal(null)
    try {
      const response = await fetch(`${config.routes.api}/${collectionSlug}/bulk-workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, ids, reason: takesNote ? reason : undefined }),
      })
      const answer = (await response.json()) as Answer
      if (!response.ok || !answer.results) {
        setRefusal(answer.errors?.[0]?.message ?? `批量操作未执行（${response.status}）。`)
        return
      }
      setRan({ action, results: answer.results })
      setReason('')
      // Done items have a new state: reload the list (the selection stays, for a next step).
      router.refresh()
    } catch {
      setRefusal('无法连接服务器，批量操作未执行。请检查网络后重试。')
    } finally {
      setBusy(false)
      setConfirming(null)
    }
  }

  const done = ran?.results.filter((item) => item.ok) ?? []
  const refused = ran?.results.filter((item) => !item.ok) ?? []
  return (
    <section style={box} aria-labelledby="bulk-workflow" data-testid="bulk-workflow">
      <h2 id="bulk-workflow" style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>
        批量审核操作
      </h2>
      {count === 0 ? (
        <p style={{ margin: 0 }}>
          在下表勾选多项后，可一次{allowed.map((a) => bulkActionLabels[a]).join('、')}。每一项按单独操作的规则检查和记录。
        </p>
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'flex-end' }}>
          <span>
            已选择 {count} 项{selectAll === 'allAvailable' ? '（批量审核操作只作用于本页勾选的条目）' : ''}
          </span>
          <label>
            操作：{' '}
            <select
              value={action}
              disabled={busy}
              onChange={(event) => {
                setAction(event.target.value as BulkAction | '')
                setConfirming(null)
              }}
            >
              <option value="">请选择</option>
              {allowed.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {bulkActionLabels[candidate]}
                </option>
              ))}
            </select>
          </label>
          {takesNote ? (
            <label style={{ flex: '1 1 20rem' }}>
              {needsReason ? '理由（必填，记入每一项的审核记录）' : '审核意见（可不填）'}
              <textarea
                value={reason}
                disabled={busy}
                rows={2}
                style={{ display: 'block', width: '100%' }}
                onChange={(event) => setReason(event.target.value)}
              />
            </label>
          ) : null}
          {confirming === null ? (
            <Button
              buttonStyle="primary"
              size="small"
              margin={false}
              disabled={!action || busy || (needsReason && !reason.trim())}
              onClick={() => setConfirming(getSelectedIds())}
            >
              批量执行…
            </Button>
          ) : null}
        </div>
      )}
      {confirming !== null && action ? (
        <div role="alertdialog" aria-labelledby="bulk-confirm" style={{ marginTop: '0.75rem' }}>
          <p id="bulk-confirm" style={{ margin: '0 0 0.5rem' }}>
            确定对选中的 {confirming.length} 项执行“{bulkActionLabels[action]}”吗？每一项按单独操作的规则检查，不符合的不执行，并说明原因。
          </p>
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <Button buttonStyle="primary" size="small" margin={false} disabled={busy} onClick={() => run(confirming)}>
              {busy ? '正在执行…' : '确定执行'}
            </Button>
            <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setConfirming(null)}>
              取消
            </Button>
          </div>
        </div>
      ) : null}
      {refusal ? (
        <p role="alert" style={{ ...error, margin: '0.75rem 0 0' }}>
          {refusal}
        </p>
      ) : null}
      {ran ? (
        <div role="status" style={{ marginTop: '0.75rem' }} data-testid="bulk-report">
          <p style={{ margin: '0 0 0.25rem' }}>
            批量“{bulkActionLabels[ran.action]}”：{done.length} 项{bulkActionDone[ran.action]}
            {refused.length ? `，${refused.length} 项未执行` : ''}。
          </p>
          <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
            {refused.map((item) => (
              <li key={item.id} style={error}>
                <a href={itemLink(item.id)}>《{item.title}》</a>未执行：{item.reason}
              </li>
            ))}
            {done.map((item) => (
              <li key={item.id}>
                <a href={itemLink(item.id)}>《{item.title}》</a>
                {bulkActionDone[ran.action]}
                {item.state ? `（现为：${reviewStateLabels[item.state]}）` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
