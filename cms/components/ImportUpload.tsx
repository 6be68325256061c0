'use client'
/** Above the documents list: import one existing file (.txt, .html, .docx) as a draft to check. */
import { useState } from 'react'

type Result = { id?: number | string; title?: string | null; report?: string[]; errors?: Array<{ message: string }> }

export function ImportUpload() {
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)
  const upload = async (file: File) => {
    setBusy(true)
    const form = new FormData()
    form.append('file', file)
    const response = await fetch('/api/documents/import', { method: 'POST', body: form, credentials: 'include' })
    setResult((await response.json()) as Result)
    setBusy(false)
  }
  return (
    <section className="gutter--left gutter--right" style={{ marginBlock: '1rem' }} aria-labelledby="import-upload">
      <h2 id="import-upload" style={{ fontSize: '1.1rem' }}>导入已有文件</h2>
      <label>
        选择文件（.txt、.html、.docx），导入为草稿：{' '}
        <input type="file" accept=".txt,.html,.htm,.docx" disabled={busy} onChange={(event) => event.target.files?.[0] && upload(event.target.files[0])} />
      </label>
      {busy ? <p role="status">正在导入…</p> : null}
      {result?.errors ? <p role="alert">{result.errors[0]?.message}</p> : null}
      {result?.id !== undefined ? (
        <div role="status">
          <p>
            已导入为草稿：<a href={`/admin/collections/documents/${result.id}`}>{result.title ?? '（未识别标题）'}</a>
          </p>
          <ul>{result.report?.map((line) => <li key={line}>{line}</li>)}</ul>
        </div>
      ) : null}
    </section>
  )
}
