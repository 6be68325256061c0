/**
 * 从印刷版导入 in the admin (components/BackIssueImport.tsx). POST
 * /api/gazette-issues/import-back-issue takes one PDF (text or scan) and, optionally, the
 * 年份, 期号 and 总期号 typed on the issue's form (over what the cover says), stores it in a
 * private folder and queues its import (uploadedIssueTask.ts), answering 202 { token } at
 * once: OCR of a long scan takes minutes, longer than a request should wait. GET
 * /api/gazette-issues/import-back-issue/:token answers the progress, then the outcome, to
 * the uploader only. Only those who may create what the import writes (issues, documents,
 * interpretations, issue PDFs: editors and admins, by those collections' rules) may upload; what
 * is not a PDF, or too large, is refused here in Chinese and nothing is stored.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Endpoint } from 'payload'

import { mayCreate } from '../access/mayCreate'
import { readUploadForm, UploadRefusedError } from '../import/readUpload'
import { backIssueUploadLimit } from './backIssueUploadLimit'
import { backIssueQueue, type UploadedIssueInput } from './uploadedIssueTask'
import { newUploadFolder, uploadedIssueState } from './uploadedIssueState'

const refuse = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

const numberFields = [
  ['year', '年份'],
  ['issueNumber', '期号'],
  ['totalNumber', '总期号'],
] as const

/** What a back issue's import creates (through the local API, in its job). */
const importedCollections = ['gazette-issues', 'documents', 'interpretations', 'issue-pdfs'] as const

export const uploadedIssueEndpoint: Endpoint = {
  path: '/import-back-issue',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !(await mayCreate(req, importedCollections))) return refuse('只有编辑或管理员可以导入过刊。', 403)
    const maxBytes = backIssueUploadLimit()
    let upload: Awaited<ReturnType<typeof readUploadForm>>
    try {
      upload = await readUploadForm(req, { maxFiles: 1, maxBytes })
    } catch (error) {
      if (!(error instanceof UploadRefusedError)) throw error
      if (error.status === 413)
        return refuse(`文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 的上限（BACK_ISSUE_MAX_BYTES），未导入。`, 413)
      return refuse(error.message, error.status)
    }
    const [file, ...more] = upload.files
    if (!file || more.length > 0) return refuse('请选择一个PDF文件：一次导入一期。', 400)
    if (file.bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      return refuse(`“${file.name}”不是PDF文件：请上传一期公报的印刷版PDF（文字版或扫描版）。未导入。`, 400)
    }
    const input: Omit<UploadedIssueInput, 'token' | 'fileName'> = {}
    for (const [name, label] of numberFields) {
      const value = upload.fields.get(name)?.trim() ?? ''
      if (value === '') continue
      if (!/^\d{1,6}$/.test(value) || Number(value) < 1) return refuse(`${label}应为正整数：${value}。未导入。`, 400)
      input[name] = Number(value)
    }
    const { token, folder } = newUploadFolder(req.user.id)
    const fileName = safeName(file.name)
    fs.writeFileSync(path.join(folder, fileName), file.bytes)
    await req.payload.jobs.queue({
      task: 'backIssueImport',
      input: { token, fileName, ...input } satisfies UploadedIssueInput,
      queue: backIssueQueue,
    })
    return Response.json({ token }, { status: 202 })
  },
}

export const uploadedIssueStateEndpoint: Endpoint = {
  path: '/import-back-issue/:token',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !(await mayCreate(req, importedCollections))) return refuse('只有编辑或管理员可以导入过刊。', 403)
    const state = uploadedIssueState(String(req.routeParams?.token ?? ''), req.user.id)
    return Response.json(state, { status: state.status === 'missing' ? 404 : 200, headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * The upload's name as the stored print keeps it (issuePrintPdf.ts names the upload after
 * the file): its last path part, without characters a file name cannot hold, ending in .pdf.
 */
function safeName(name: string): string {
  const printable = Array.from(name, (char) => (char.charCodeAt(0) < 32 ? '_' : char)).join('')
  const base =
    path
      .basename(printable.replace(/\\/g, '/'))
      .replace(/[/:*?"<>|]/g, '_')
      .slice(0, 120) || 'issue'
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`
}
