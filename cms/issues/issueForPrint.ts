/**
 * An issue on record, assembled for the print engine: by year and issue number, with
 * its entries' published versions (or the latest drafts, for a proof).
 */
import { createLocalReq, type Payload } from 'payload'

import type { PrintIssueInput } from '../print/issueSchema'
import { pipelineSettings } from '../../core/settings'
import { assembleIssue } from './assembleIssue'
import { printInput } from './printInput'
import { uploadPath } from './uploadPath'
import { issueLabel } from '../../core/issues/issueLabel'

export type IssueForPrint = {
  input: PrintIssueInput
  /** Pages stored for each entry (by print entry id), as published; empty for a draft never printed. */
  storedPages: Map<string, { firstPage: number | null; lastPage: number | null }>
  status: 'draft' | 'published'
}

export async function issueForPrint(payload: Payload, year: number, issueNumber: number, drafts: boolean): Promise<IssueForPrint> {
  const settings = pipelineSettings()
  const req = await createLocalReq({}, payload)
  const found = await payload.find({
    collection: 'gazette-issues',
    where: { and: [{ year: { equals: year } }, { issueNumber: { equals: issueNumber } }] },
    draft: drafts,
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const issue = found.docs[0]
  if (!issue) throw new Error(`没有找到${issueLabel({ year, issueNumber })}公报。`)
  const assembled = await assembleIssue(req, issue, settings.timeZone, { drafts })
  if (assembled.missing.length > 0) throw new Error(`本期有已删除的篇目：${assembled.missing.join('、')}`)
  const hidden = assembled.items.filter((item) => !item.isPublic && !drafts)
  if (hidden.length > 0)
    throw new Error(
      `本期有未发布或非主动公开的篇目：${hidden.map((item) => `《${item.print.title}》`).join('、')}（打印校样请加 --drafts）`,
    )
  const cover = await uploadPath(req.payload, 'media', assembled.printed.cover, req)
  const storedPages = new Map(
    assembled.printed.sections.flatMap((section) =>
      section.entries.map((entry) => [entry.print.id, { firstPage: entry.firstPage, lastPage: entry.lastPage }] as const),
    ),
  )
  return {
    input: printInput(assembled.printed, settings.gazetteName, cover),
    storedPages,
    status: issue._status === 'published' ? 'published' : 'draft',
  }
}
