'use client'
/**
 * The report of an import in the documents list, file by file: 已导入 with a link to the
 * draft (title and 发文字号) and its notes to check, or 未导入 with the reason — and, for
 * a duplicate, a link to the document it duplicates. Notes fold away so that a report
 * of two hundred files stays readable.
 */
import { Button, Pill } from '@payloadcms/ui'
import type { CSSProperties } from 'react'

import { type ImportFileResult, importStatusLabels, summarize, summaryText } from '../import/batchResult'

const pillStyles = { created: 'success', updated: 'light', refused: 'error' } as const
const cell: CSSProperties = {
  padding: 'calc(var(--base) * 0.4) calc(var(--base) * 0.5)',
  borderBottom: '1px solid var(--theme-elevation-100)',
  verticalAlign: 'top',
  textAlign: 'start',
}
const muted: CSSProperties = { color: 'var(--theme-elevation-500)' }
const draftLink = (id: number | string) => `/admin/collections/documents/${encodeURIComponent(String(id))}`

export function ImportReport({ results, finished, onClose }: { results: ImportFileResult[]; finished: boolean; onClose: () => void }) {
  return (
    <div role="region" aria-labelledby="import-report-title" style={{ marginTop: 'var(--base)' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 'var(--base)', flexWrap: 'wrap', marginBottom: 'calc(var(--base) * 0.5)' }}>
        <h3 id="import-report-title" style={{ margin: 0 }}>
          导入报告
        </h3>
        <span aria-live="polite">{summaryText(summarize(results))}</span>
        {finished ? (
          <Button buttonStyle="subtle" size="small" margin={false} onClick={onClose}>
            关闭报告
          </Button>
        ) : null}
      </div>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, width: '30%' }}>
                文件
              </th>
              <th scope="col" style={{ ...cell, width: '7rem' }}>
                结果
              </th>
              <th scope="col" style={cell}>
                草稿或原因
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map((result, index) => (
              <tr key={`${index}-${result.file}`} data-import-status={result.status}>
                <td style={{ ...cell, wordBreak: 'break-all' }}>{result.file}</td>
                <td style={cell}>
                  <Pill pillStyle={pillStyles[result.status]} size="small">
                    {importStatusLabels[result.status]}
                  </Pill>
                </td>
                <td style={cell}>{result.status === 'refused' ? <Refusal result={result} /> : <Imported result={result} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

function Imported({ result }: { result: Extract<ImportFileResult, { status: 'created' | 'updated' }> }) {
  return (
    <>
      <a href={draftLink(result.id)}>{result.title}</a>
      {result.docNumber ? <span style={muted}>　{result.docNumber}</span> : null}
      {result.notes.length > 0 ? (
        <details style={{ marginTop: 'calc(var(--base) * 0.25)' }}>
          <summary style={{ cursor: 'pointer', ...muted }}>请核对（{result.notes.length} 条提示）</summary>
          <ul style={{ margin: 'calc(var(--base) * 0.25) 0 0', paddingInlineStart: 'calc(var(--base) * 1.2)' }}>
            {result.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  )
}

function Refusal({ result }: { result: Extract<ImportFileResult, { status: 'refused' }> }) {
  return (
    <span style={{ color: 'var(--theme-error-500)' }}>
      {result.reason}
      {result.existing ? (
        <>
          {' '}
          <a href={draftLink(result.existing.id)}>查看《{result.existing.title}》</a>
        </>
      ) : null}
    </span>
  )
}
