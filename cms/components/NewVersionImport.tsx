'use client'
/**
 * 导入新版本 on a document's form, above 历次版本 (issue 22): the editor picks the revised
 * text (.docx, .txt, .html), the new version's kind, the amending document (one of this
 * gazette, found by its title, or a citation) and its dates; the server
 * (cms/documents/newVersion/newVersionEndpoint.ts) moves the current text into 历次版本 and
 * saves the draft. The page then reloads to show that draft. Unsaved changes in the form
 * would be lost by that reload, so the action waits until they are saved; a refusal is shown
 * here in Chinese and changes nothing.
 */
import { useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { type KeyboardEvent, useEffect, useRef, useState } from 'react'

type Found = { id: number | string; title: string; docNumberRaw?: string | null }

const kindOptions = [
  ['amendment', '修正（按修改决定修改部分条文）'],
  ['revision', '修订（公布新的全文）'],
  ['correction', '勘误'],
] as const

const fieldStyle = { display: 'block', marginBottom: '0.75rem' }

export function NewVersionImport() {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Found[]>([])
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  const [done, setDone] = useState<string | null>(null)
  const group = useRef<HTMLDivElement>(null)

  // The amending document is looked up by title among the gazette's documents as the editor types.
  useEffect(() => {
    const words = query.trim()
    if (!open || words.length < 2) return
    const controller = new AbortController()
    const params = new URLSearchParams({
      'where[title][like]': words,
      limit: '10',
      depth: '0',
      'select[title]': 'true',
      'select[docNumberRaw]': 'true',
    })
    fetch(`/api/documents?${params}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((result: { docs: Found[] }) => setFound(result.docs.filter((doc) => String(doc.id) !== String(id))))
      .catch(() => {})
    return () => controller.abort()
  }, [query, open, id])

  if (!id) return null

  const submit = async () => {
    const form = new FormData()
    for (const input of group.current?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]') ?? []) {
      if (input instanceof HTMLInputElement && input.type === 'file') {
        for (const file of input.files ?? []) form.append(input.name, file)
      } else form.append(input.name, input.value)
    }
    const chosen = found.find((doc) => label(doc) === String(form.get('amendedByTitle') ?? ''))
    form.delete('amendedByTitle')
    if (chosen) form.set('amendedBy', String(chosen.id))
    setBusy(true)
    setErrors([])
    try {
      const response = await fetch(`/api/documents/${encodeURIComponent(String(id))}/new-version`, {
        method: 'POST',
        credentials: 'include',
        body: form,
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: Array<{ message: string }> }
      if (!response.ok) {
        const messages = (body.errors ?? []).map((error) => error.message).filter(Boolean)
        setErrors(messages.length > 0 ? messages : [`导入失败（HTTP ${response.status}），请重试。`])
        return
      }
      setDone(body.message ?? '已导入为新版本。')
      // The form shows what was loaded; the new draft is on the server.
      window.setTimeout(() => window.location.reload(), 1200)
    } catch {
      setErrors(['无法连接服务器，未导入。请检查网络后重试。'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type new-version-import" style={{ marginBottom: '1.5rem' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        导入新版本
      </button>
      {open && (
        // Not a <form>: this sits inside the document's own form, and Enter or a submit here
        // would save the document instead.
        <div ref={group} role="group" aria-label="导入新版本" onKeyDown={keepEnter} style={{ marginTop: '0.75rem', maxWidth: '40rem' }}>
          <p>
            上传修改后的全文（.docx、.txt 或 .html）。当前的标题、正文和日期将存入“历次版本”，上传的文本成为新的草稿，需再次审核后发布。
          </p>
          {modified && (
            <p role="status" style={{ color: 'var(--theme-warning-650, #b35900)' }}>
              表单中有未保存的修改：请先保存草稿，再导入新版本。
            </p>
          )}
          <label style={fieldStyle}>
            修改后的全文文件
            <input type="file" name="file" accept=".docx,.txt,.html,.htm" style={{ display: 'block' }} />
          </label>
          <label style={fieldStyle}>
            新版本类别
            <select name="kind" defaultValue="" style={{ display: 'block' }}>
              <option value="" disabled>
                请选择
              </option>
              {kindOptions.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </label>
          <label style={fieldStyle}>
            修改文件（本公报中的，输入标题查找）
            <input
              type="text"
              name="amendedByTitle"
              list="new-version-amending"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              style={{ display: 'block', width: '100%' }}
            />
            <datalist id="new-version-amending">
              {found.map((doc) => (
                <option key={String(doc.id)} value={label(doc)} />
              ))}
            </datalist>
          </label>
          <label style={fieldStyle}>
            修改文件（不在本公报中的，填写名称和文号）
            <input type="text" name="amendedByCitation" style={{ display: 'block', width: '100%' }} />
          </label>
          <label style={fieldStyle}>
            公布日期
            <input type="date" name="promulgatedDate" style={{ display: 'block' }} />
          </label>
          <label style={fieldStyle}>
            施行日期（不填时从文本中读取）
            <input type="date" name="effectiveDate" style={{ display: 'block' }} />
          </label>
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={busy || modified}
            onClick={() => void submit()}
          >
            {busy ? '正在导入…' : '导入为新版本'}
          </button>
          {errors.length > 0 && (
            <ul role="alert" className="new-version-errors" style={{ color: 'var(--theme-error-650, #b00020)' }}>
              {errors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {done && (
            <p role="status" className="new-version-done">
              {done}
            </p>
          )}
        </div>
      )}
    </div>
  )
}

/** Enter in a field here must not submit the document's form around it. */
function keepEnter(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault()
}

const label = (doc: Found) => (doc.docNumberRaw ? `${doc.title}（${doc.docNumberRaw}）` : doc.title)
