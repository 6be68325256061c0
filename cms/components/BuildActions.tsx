'use client'
/**
 * The rebuild and rollback buttons of the build panel; the server checks the roles again,
 * and refuses a rollback to a build that serves content no longer public: its reason
 * (which items) stays on screen as an alert until the next action.
 */
import { useState } from 'react'

type Build = { id: string; buildId: string; live: boolean }

export function BuildActions({ builds }: { builds: Build[] }) {
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)
  const post = async (path: string) => {
    setMessage({ text: '请稍候…（回滚前需核对该版本的内容，可能需要一些时间）', failed: false })
    const response = await fetch(path, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: Array<{ message: string }> }
    const text = body.message ?? body.errors?.map((error) => error.message).join('\n') ?? (response.ok ? '完成' : '操作失败')
    setMessage({ text, failed: !response.ok })
    if (response.ok) setTimeout(() => window.location.reload(), 800)
  }
  return (
    <div>
      <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => post('/api/site-builds/rebuild')}>
        立即重建
      </button>
      {builds.length > 0 ? (
        <ul>
          {builds.map((build) => (
            <li key={build.id}>
              {build.buildId} {build.live ? '（线上）' : ''}
              {build.live ? null : (
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  onClick={() => post(`/api/site-builds/${build.id}/rollback`)}
                >
                  回滚到此版本
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {message ? (
        <p
          role={message.failed ? 'alert' : 'status'}
          style={message.failed ? { color: 'var(--theme-error-500)', whiteSpace: 'pre-line' } : undefined}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
