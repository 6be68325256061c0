/**
 * Sends one file (or one .zip) to the import endpoint and hands on its events as they
 * arrive (cms/import/batchResult.ts: one JSON object a line). A refusal of the whole
 * upload, or a network failure, becomes that file's 未导入 line: nothing the editor
 * chose goes unmentioned in the report.
 */
import type { BatchEvent } from '../import/batchResult'

export async function uploadForImport(file: File, onEvent: (event: BatchEvent) => void): Promise<void> {
  const refused = (reason: string) => onEvent({ type: 'file', result: { file: file.name, status: 'refused', reason } })
  const form = new FormData()
  form.append('file', file)
  let response: Response
  try {
    response = await fetch('/api/documents/import', { method: 'POST', body: form, credentials: 'include' })
  } catch (error) {
    return refused(`上传失败（网络中断或服务器无响应）：${(error as Error).message}`)
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }
    return refused(body.errors?.map((e) => e.message).join('；') || `上传失败（HTTP ${response.status}）`)
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let pending = ''
  let ended = false
  let broken = ''
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      pending += value
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines.filter((l) => l.trim())) {
        const event = JSON.parse(line) as BatchEvent
        if (event.type === 'end') ended = true
        onEvent(event)
      }
    }
  } catch (error) {
    broken = `（${(error as Error).message}）`
  }
  // The connection broke before the end: what was reported stands, the rest is unknown.
  if (!ended) refused(`导入中断${broken}：其余文件的结果未知，可能仍在导入，请稍后刷新列表查看`)
}
