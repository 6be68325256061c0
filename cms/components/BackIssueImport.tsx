'use client'
/**
 * 从印刷版导入 on a new or draft 公报期刊: the editor uploads a printed issue's PDF (text or
 * scan); the server stores it and imports it as a job (cms/backIssues/uploadedIssueEndpoint.ts),
 * exactly as `npm run import:issue` does, and this box follows the job — page by page, then
 * entry by entry — and shows its outcome: the draft issue with its entries, how the pages
 * were read, the issue's sync check, and what to check page by page; or, in Chinese, why
 * nothing was written. 年份, 期号 and 总期号 typed on the form are sent along, over what the
 * cover says.
 */
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { UploadedIssueState } from '../backIssues/uploadedIssueState'
import type { UploadedIssueSummary } from '../backIssues/uploadedIssueSummary'

const POLL_MS = 2000

const sourceLabels: Record<UploadedIssueSummary['source']['kind'], string> = {
  'text-pdf': 'PDF文字层',
  'scanned-pdf': '扫描版PDF（文字识别）',
  'mixed-pdf': 'PDF（部分页面文字识别）',
  images: '页面图片（文字识别）',
}
const statusLabels = { created: '新建草稿', updated: '更新草稿', published: '已发布，未覆盖' } as const

export function BackIssueImport() {
  const numbers = useFormFields(([fields]) => ({
    year: fields.year?.value,
    issueNumber: fields.issueNumber?.value,
    totalNumber: fields.totalNumber?.value,
  }))
  const fileInput = useRef<HTMLInputElement>(null)
  const [token, setToken] = useState<string | null>(null)
  const [state, setState] = useState<UploadedIssueState | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)

  useEffect(() => {
    if (!token) return
    let stopped = false
    const poll = async () => {
      try {
        const response = await fetch(`/api/gazette-issues/import-back-issue/${token}`, { credentials: 'include', cache: 'no-store' })
        const next = (await response.json()) as UploadedIssueState
        if (stopped) return
        setState(next)
        if (next.status === 'working') window.setTimeout(() => void poll(), POLL_MS)
      } catch {
        // A dropped connection while the job runs on: ask again.
        if (!stopped) window.setTimeout(() => void poll(), POLL_MS * 2)
      }
    }
    void poll()
    return () => {
      stopped = true
    }
  }, [token])

  const upload = async () => {
    const file = fileInput.current?.files?.[0]
    if (!file) return setError('请先选择印刷版PDF文件。')
    const form = new FormData()
    form.append('file', file)
    for (const [name, value] of Object.entries(numbers)) if (typeof value === 'number') form.append(name, String(value))
    setSending(true)
    setError(null)
    setState(null)
    setToken(null)
    try {
      const response = await fetch('/api/gazette-issues/import-back-issue', { method: 'POST', credentials: 'include', body: form })
      const body = (await response.json().catch(() => ({}))) as { token?: string; errors?: Array<{ message: string }> }
      if (!response.ok || !body.token) {
        setError(body.errors?.map((e) => e.message).join('；') || `上传失败（HTTP ${response.status}），请重试。`)
        return
      }
      setToken(body.token)
    } catch {
      setError('无法连接服务器，未导入。请检查网络后重试。')
    } finally {
      setSending(false)
    }
  }

  const working = sending || state?.status === 'working' || (token !== null && state === null)
  return (
    // Not a <form>: this sits inside the issue's own form, whose submit would save the issue.
    <div className="field-type back-issue-import" role="group" aria-label="从印刷版导入" style={{ marginBottom: '2rem' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>从印刷版导入（过刊）</h3>
      <p className="field-description">
        上传一期已印刷的公报PDF（文字版或扫描版），系统逐页读取（扫描页经文字识别，60页约需数分钟），建立本期草稿和其中各篇文件、解读的草稿，PDF作为本期的印刷版。上方填写的年份、期号、总期号优先于封面所载。
      </p>
      <input ref={fileInput} type="file" name="file" accept=".pdf,application/pdf" aria-label="印刷版PDF文件" disabled={working} />
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        style={{ marginLeft: '1rem' }}
        disabled={working}
        onClick={() => void upload()}
      >
        {working ? '正在导入…' : '导入本期'}
      </button>
      {error && (
        <p role="alert" className="back-issue-import-error" style={{ color: 'var(--theme-error-650, #b00020)' }}>
          {error}
        </p>
      )}
      {state && <ImportState state={state} />}
    </div>
  )
}

function ImportState({ state }: { state: UploadedIssueState }) {
  switch (state.status) {
    case 'missing':
      return (
        <p role="alert" className="back-issue-import-error">
          找不到这次导入，或结果已过期：请重新上传。
        </p>
      )
    case 'refused':
      return (
        <p role="alert" className="back-issue-import-error" style={{ color: 'var(--theme-error-650, #b00020)' }}>
          未导入：{state.message}
        </p>
      )
    case 'working': {
      const { progress } = state
      const text =
        progress.stage === 'queued'
          ? '已上传，排队等待导入…'
          : progress.stage === 'reading'
            ? `正在读取：第${progress.done}/${progress.total}页${progress.ocr ? '（文字识别）' : ''}`
            : `正在写入篇目：${progress.done}/${progress.total}`
      return (
        <p role="status" className="back-issue-import-progress" data-stage={progress.stage}>
          {text}
          {state.stalled ? '。导入已有数分钟没有进展：服务器可能已重启，请重新上传。' : ''}
        </p>
      )
    }
    case 'done':
      return <ImportSummary summary={state.summary} />
  }
}

function ImportSummary({ summary }: { summary: UploadedIssueSummary }) {
  const { issue, source, entries, problems } = summary
  const read = source.recognised > 0 ? `，其中${source.recognised}页经文字识别（OCR）` : '，从PDF文字层读取'
  return (
    <div role="status" className="back-issue-import-done" style={{ marginTop: '1rem' }}>
      <p>
        <strong>{issue.label}</strong>：{issue.created ? '已新建草稿期刊' : '已更新草稿期刊'}（均为草稿，未发布）。
        <a href={`/admin/collections/gazette-issues/${issue.id}`} className="back-issue-link">
          打开本期
        </a>
      </p>
      <p>
        来源：{sourceLabels[source.kind]}，共{source.pages}页{read}；读出{entries.length}篇；逐页待核对{problems.length}处；用时
        {summary.seconds}秒。
      </p>
      {summary.printChecks.length > 0 && (
        <ul className="back-issue-checks">
          {summary.printChecks.map((line) => (
            <li key={line}>核对结果：{line}</li>
          ))}
        </ul>
      )}
      {summary.notes.length > 0 && (
        <ul>
          {summary.notes.map((note) => (
            <li key={note}>注意：{note}</li>
          ))}
        </ul>
      )}
      <h4>篇目</h4>
      <ol className="back-issue-entries">
        {entries.map((entry) => (
          <li key={`${entry.collection}-${entry.id}`}>
            {entry.pages} <a href={`/admin/collections/${entry.collection}/${entry.id}`}>《{entry.title}》</a>
            {entry.docNumber ? ` ${entry.docNumber}` : ''}
            {entry.collection === 'interpretations' ? '（解读）' : ''}
            {entry.ocr ? '（文字识别，请校对）' : ''} → {statusLabels[entry.status]}
          </li>
        ))}
      </ol>
      {problems.length > 0 && (
        <>
          <h4>逐页待核对</h4>
          <ul className="back-issue-problems">
            {problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
