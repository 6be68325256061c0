/**
 * Imports the files of a batch one after another, each on its own: whatever one file
 * does (unreadable, a duplicate, a failure of the database), the next is still
 * imported, and every file ends up in the report with what became of it. Two files of
 * one batch with the same content are imported once.
 */
import path from 'node:path'
import type { Payload } from 'payload'

import { type ImportFileResult, updatedNote } from './batchResult'
import type { BatchItem } from './batchItems'
import { importFile, importKeyOf } from './importFile'
import { importMessages } from './importMessages'
import { ImportRefusedError } from './importRefusal'
import { textFromFile, UnreadableFileError } from './readSourceFile'

export async function importBatch(
  payload: Payload,
  items: readonly BatchItem[],
  onResult: (result: ImportFileResult) => void | Promise<void> = () => {},
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = []
  // Content already imported in this batch, by import key: the file that brought it.
  const imported = new Map<string, string>()
  for (const item of items) {
    const result = await importItem(payload, item, imported)
    results.push(result)
    await onResult(result)
  }
  return results
}

async function importItem(payload: Payload, item: BatchItem, imported: Map<string, string>): Promise<ImportFileResult> {
  if ('refusal' in item) return { file: item.file, status: 'refused', reason: item.refusal }
  try {
    const bytes = await item.read()
    const key = importKeyOf(bytes)
    const earlier = imported.get(key)
    if (earlier !== undefined) return { file: item.file, status: 'refused', reason: importMessages.sameInBatch(earlier) }
    const name = path.posix.basename(item.file)
    const outcome = await importFile(payload, { name, bytes, text: await textFromFile(name, bytes) })
    imported.set(key, item.file)
    return {
      file: item.file,
      status: outcome.created ? 'created' : 'updated',
      id: outcome.id,
      title: outcome.title,
      docNumber: outcome.docNumber,
      notes: outcome.created ? outcome.report : [updatedNote, ...outcome.report],
    }
  } catch (error) {
    if (error instanceof ImportRefusedError)
      return { file: item.file, status: 'refused', reason: error.message, ...(error.existing ? { existing: error.existing } : {}) }
    if (error instanceof UnreadableFileError) return { file: item.file, status: 'refused', reason: error.message }
    return { file: item.file, status: 'refused', reason: importMessages.failed(failureDetail(error)) }
  }
}

/** A failure in words: a refused save names its fields' messages (Payload's ValidationError), anything else its message. */
function failureDetail(error: unknown): string {
  const fieldErrors = (error as { data?: { errors?: Array<{ message?: string }> } })?.data?.errors
  const messages = fieldErrors?.map((e) => e.message).filter((m): m is string => Boolean(m)) ?? []
  return messages.length > 0 ? messages.join('；') : error instanceof Error ? error.message : String(error)
}
