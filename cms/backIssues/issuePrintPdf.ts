/**
 * The back issue's PDF as the issue's uploaded print (印刷版PDF, the field the admin's
 * 上传 option fills), stored in issue-pdfs as the office's file, unchanged: publication
 * signs a copy of it and checks every entry against it. A print PDF never changes once
 * stored, so the same file imported again keeps the one the issue has; one stored by a run
 * killed before the issue was saved (same name, same bytes, no issue using it) is taken
 * instead of storing the file twice.
 */
import fs from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { uploadPath } from '../issues/uploadPath'

export type IssuePrintPdf = {
  id: number
  /** new: stored now; kept: the issue's own; reused: left by an earlier run. */
  stored: 'new' | 'kept' | 'reused'
}

export async function issuePrintPdf(payload: Payload, file: string, current: unknown): Promise<IssuePrintPdf> {
  const bytes = await readFile(file)
  const currentFile = await uploadPath(payload, 'issue-pdfs', current)
  const currentId = current && typeof current === 'object' ? (current as { id: number }).id : current
  if (currentFile && typeof currentId === 'number' && fs.readFileSync(currentFile).equals(bytes)) return { id: currentId, stored: 'kept' }
  const name = /\.pdf$/iu.test(file) ? path.basename(file) : `${path.basename(file)}.pdf`
  const left = await unusedUpload(payload, name, bytes)
  if (left !== null) return { id: left, stored: 'reused' }
  const created = await payload.create({
    collection: 'issue-pdfs',
    data: {},
    file: { data: bytes, mimetype: 'application/pdf', name, size: bytes.length },
  })
  return { id: created.id, stored: 'new' }
}

/** An upload of these very bytes that no issue uses. Payload may have renamed it (name-1.pdf) on a clash. */
async function unusedUpload(payload: Payload, name: string, bytes: Buffer): Promise<number | null> {
  const { docs } = await payload.find({
    collection: 'issue-pdfs',
    where: { filesize: { equals: bytes.length } },
    sort: '-createdAt',
    limit: 20,
    depth: 0,
  })
  const stem = name.replace(/\.pdf$/iu, '')
  for (const upload of docs) {
    if (!upload.filename?.startsWith(stem)) continue
    const stored = await uploadPath(payload, 'issue-pdfs', upload.id)
    if (!stored || !fs.readFileSync(stored).equals(bytes)) continue
    const users = await payload.count({ collection: 'gazette-issues', where: { printPdf: { equals: upload.id } } })
    if (users.totalDocs === 0) return upload.id
  }
  return null
}
