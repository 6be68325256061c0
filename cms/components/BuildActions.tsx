'use client'
/** The rebuild and rollback buttons of the build panel; the server checks the roles again. */
import { useState } from 'react'

type Build = { id: string; buildId: string; live: boolean }

export function BuildActions({ builds }: { builds: Build[] }) {
  const [message, setMessage] = useState<string | null>(null)
  const post = async (path: string) => {
    setMessage('请稍候…')
    const response = await fetch(path, { method: 'POST', credentials: 'include' })
    const body = (await response.json()) as { message?: string; errors?: Array<{ message: string }> }
    setMessage(body.message ?? body.errors?.[0]?.message ?? (response.ok ? '完成' : '操作失败'))
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
                <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => post(`/api/site-builds/${build.id}/rollback`)}>
                  回滚到此版本
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
