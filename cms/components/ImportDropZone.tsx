'use client'
/**
 * The import box of the documents list, in Payload's own drop zone and buttons: files
 * or .zip archives dropped or chosen are sent one upload at a time, with progress, and
 * each file becomes a draft; the report (ImportReport) lists every file with what became
 * of it, and the list refreshes to show the new drafts. What exceeds the limits is
 * refused here, before uploading, with the reasons the server would give.
 */
import { Banner, Button, Dropzone, useListDrawerContext } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import type { ImportFileResult } from '../import/batchResult'
import type { ImportLimits } from '../import/importLimits'
import { formatSize, importMessages } from '../import/importMessages'
import { ImportReport } from './ImportReport'
import { uploadForImport } from './uploadForImport'

const ACCEPT = '.txt,.html,.htm,.docx,.zip'

type Progress = { done: number; expected: number; current: string }

export function ImportDropZone({ limits }: { limits: ImportLimits }) {
  const router = useRouter()
  const { isInDrawer } = useListDrawerContext()
  const input = useRef<HTMLInputElement>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [results, setResults] = useState<ImportFileResult[]>([])
  const [error, setError] = useState<string | null>(null)
  const busy = progress !== null

  // Leaving mid-way would drop the files not yet uploaded: the browser asks first.
  useEffect(() => {
    if (!busy) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [busy])

  // Choosing a document for a relationship opens this list in a drawer: no importing there.
  if (isInDrawer) return null

  const importFiles = async (chosen: File[]) => {
    if (busy || chosen.length === 0) return
    setResults([])
    if (chosen.length > limits.maxFiles) return setError(importMessages.tooManySelected(chosen.length, limits.maxFiles))
    setError(null)
    const found: ImportFileResult[] = []
    const add = (result: ImportFileResult) => {
      found.push(result)
      setResults([...found])
    }
    // Each archive stands for the files inside it once the server has listed them.
    let expected = chosen.length
    for (const file of chosen) {
      setProgress({ done: found.length, expected, current: file.name })
      if (file.size > limits.maxBytes) {
        add({ file: file.name, status: 'refused', reason: importMessages.fileTooLarge(file.size, limits.maxBytes) })
        continue
      }
      await uploadForImport(file, (event) => {
        if (event.type === 'start') expected += event.files - 1
        if (event.type === 'file') add(event.result)
        if (event.type !== 'end') setProgress({ done: found.length, expected, current: file.name })
      })
    }
    setProgress(null)
    router.refresh()
  }

  return (
    <section aria-labelledby="import-upload-title" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <Dropzone multipleFiles disabled={busy} onChange={(files) => void importFiles(Array.from(files))}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 'var(--base)', flexWrap: 'wrap', width: '100%' }}>
          <div style={{ flex: '1 1 24rem', minWidth: 0 }}>
            <h2 id="import-upload-title" style={{ fontSize: '1rem', margin: 0 }}>
              导入已有文件
            </h2>
            <p style={{ margin: 'calc(var(--base) * 0.25) 0 0' }}>
              把文件或 .zip 压缩包拖到这里，或点击“选择文件”：每个文件导入为一份草稿，不会发布。
            </p>
            <p id="import-upload-types" style={{ margin: 'calc(var(--base) * 0.25) 0 0', color: 'var(--theme-elevation-500)' }}>
              可导入 .txt、.html、.htm、.docx，以及包含这些文件的 .zip 压缩包（可含子文件夹；文件夹请先压缩为 .zip）。每次最多{' '}
              {limits.maxFiles} 个文件，单个文件不超过 {formatSize(limits.maxBytes)}。
            </p>
          </div>
          <Button
            buttonStyle="pill"
            size="small"
            margin={false}
            disabled={busy}
            extraButtonProps={{ 'aria-describedby': 'import-upload-types' }}
            onClick={() => input.current?.click()}
          >
            选择文件
          </Button>
          <input
            ref={input}
            type="file"
            multiple
            accept={ACCEPT}
            hidden
            aria-hidden="true"
            onChange={(event) => {
              const files = Array.from(event.target.files ?? [])
              // Cleared so that choosing the same files again imports them again.
              event.target.value = ''
              void importFiles(files)
            }}
          />
        </div>
      </Dropzone>
      {progress ? (
        <div
          role="status"
          style={{ display: 'flex', alignItems: 'center', gap: 'calc(var(--base) * 0.5)', marginTop: 'calc(var(--base) * 0.5)' }}
        >
          <progress
            value={progress.done}
            max={Math.max(progress.expected, 1)}
            style={{ flex: '0 0 12rem', accentColor: 'var(--theme-success-500)' }}
          />
          <span>
            正在导入 {Math.min(progress.done + 1, progress.expected)}/{progress.expected}：{progress.current}
          </span>
        </div>
      ) : null}
      {error ? (
        <div role="alert" style={{ marginTop: 'calc(var(--base) * 0.5)' }}>
          <Banner type="error">{error}</Banner>
        </div>
      ) : null}
      {results.length > 0 ? <ImportReport results={results} finished={!busy} onClose={() => setResults([])} /> : null}
    </section>
  )
}
