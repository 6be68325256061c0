/**
 * The report of a batch import, file by file, and the events the import endpoint
 * streams while it works (one JSON object a line): the admin's upload box and
 * `npm run import` show the same results with the same words. Pure, for both sides.
 */
import type { ExistingDocument } from './importRefusal'

export type ImportedFile = {
  /** As the editor named it: the file, or the .zip and the path inside it (公文.zip/2022/通知.html). */
  file: string
  status: 'created' | 'updated'
  id: number | string
  title: string
  docNumber: string | null
  /** What the editor should check: fields not found, doubts, what was left out. */
  notes: string[]
}

export type RefusedFile = {
  file: string
  status: 'refused'
  reason: string
  /** The document it duplicates, when that is the reason. */
  existing?: ExistingDocument
}

export type ImportFileResult = ImportedFile | RefusedFile

export const importStatusLabels: Record<ImportFileResult['status'], string> = {
  created: '已导入',
  updated: '已更新',
  refused: '未导入',
}

/** Said of an updated draft before its notes: the same file had been imported before. */
export const updatedNote = '此文件此前已导入过，本次更新了原草稿（未新建）'

export type BatchSummary = { created: number; updated: number; refused: number }

export type BatchEvent =
  { type: 'start'; files: number } | { type: 'file'; result: ImportFileResult } | { type: 'end'; summary: BatchSummary }

export function summarize(results: readonly ImportFileResult[]): BatchSummary {
  const count = (status: ImportFileResult['status']) => results.filter((r) => r.status === status).length
  return { created: count('created'), updated: count('updated'), refused: count('refused') }
}

export function summaryText({ created, updated, refused }: BatchSummary): string {
  return `已导入 ${created} 个${updated > 0 ? `，更新 ${updated} 个` : ''}，未导入 ${refused} 个`
}
