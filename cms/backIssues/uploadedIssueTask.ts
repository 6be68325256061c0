/**
 * A printed issue uploaded in the admin (uploadedIssueEndpoint.ts), imported as a job: read
 * page by page (readIssueFile.ts: the text layer, or OCR for scanned pages, minutes for a
 * long scan) and written by saveBackIssue.ts, exactly as `npm run import:issue` does. The
 * request only stores the PDF and queues this; the job reports its progress and its
 * outcome in the upload's folder (uploadedIssueState.ts), which the uploader's page polls.
 * A refusal (the issue numbers, nothing read, an unreadable file) is an outcome in Chinese
 * with nothing written, not a failed job. Its own queue, so that a long OCR does not hold
 * up the proofs and previews staff wait on.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { PayloadRequest, TaskConfig } from 'payload'

import { BackIssueRefusal } from './backIssueRefusal'
import { readIssueFile, type IssueFileReading } from './readIssueFile'
import { saveBackIssue } from './saveBackIssue'
import { OcrUnavailableError } from './tesseract'
import { uploadedIssueSummary } from './uploadedIssueSummary'
import { uploadFolder, writeOutcome, writeProgress } from './uploadedIssueState'
import type { IssueNumberOverrides } from './issueToWrite'

export const backIssueQueue = 'back-issues'

export type UploadedIssueInput = { token: string; fileName: string; year?: number; issueNumber?: number; totalNumber?: number }

export const uploadedIssueTask: TaskConfig<{ input: UploadedIssueInput; output: { outcome: string } }> = {
  slug: 'backIssueImport',
  label: '导入过刊',
  inputSchema: [
    { name: 'token', type: 'text', required: true },
    { name: 'fileName', type: 'text', required: true },
    { name: 'year', type: 'number' },
    { name: 'issueNumber', type: 'number' },
    { name: 'totalNumber', type: 'number' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  // Importing again is the editor's call, with what the outcome told them.
  retries: 0,
  handler: async ({ input, req }) => {
    const folder = uploadFolder(input.token)
    if (!folder) return { output: { outcome: 'missing' } }
    const file = path.join(folder, input.fileName)
    try {
      writeOutcome(folder, await importUploaded(req, file, folder, input))
    } finally {
      // Stored as the issue's print by now, or refused: the upload's copy is not kept.
      fs.rmSync(file, { force: true })
    }
    return { output: { outcome: 'written' } }
  },
}

async function importUploaded(req: PayloadRequest, file: string, folder: string, input: UploadedIssueInput) {
  const started = performance.now()
  let reading: IssueFileReading
  try {
    reading = await readIssueFile(file, {
      onPage: (done, total, page, ocr) => writeProgress(folder, { stage: 'reading', done, total, page, ocr }),
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (error instanceof OcrUnavailableError) return refused(reason)
    return refused(`无法读取该PDF（${reason}）：请确认上传的是完整、未加密的PDF文件。未写入数据库。`)
  }
  const overrides: IssueNumberOverrides = {
    year: input.year ?? undefined,
    issueNumber: input.issueNumber ?? undefined,
    totalNumber: input.totalNumber ?? undefined,
  }
  try {
    const saved = await saveBackIssue(req.payload, {
      file,
      reading,
      overrides,
      onEntry: (entry, total) => writeProgress(folder, { stage: 'saving', done: entry.position, total }),
    })
    return { status: 'done' as const, summary: uploadedIssueSummary(reading, saved, (performance.now() - started) / 1000) }
  } catch (error) {
    if (error instanceof BackIssueRefusal) return refused(inAdminWords(error.message))
    req.payload.logger.error({ err: error, msg: `导入过刊失败：${input.fileName}` })
    return refused(`写入失败：${error instanceof Error ? error.message : String(error)}`)
  }
}

const refused = (message: string) => ({ status: 'refused' as const, message })

/** The refusals name the command's options; in the admin the same numbers are the form's fields. */
function inAdminWords(message: string): string {
  return message
    .replace('请用 --year 年份 --issue 期号 指定', '请在本页填写“年份”和“期号”后重新上传')
    .replace('请用 --total 总期号 指定', '请在本页填写“总期号”后重新上传')
    .replace('请先用 --dry-run 查看逐页核对的结果', '请确认上传的是一整期公报的PDF')
    .replace('请用 --dry-run 核对各篇页码', '请核对PDF的页码')
}
