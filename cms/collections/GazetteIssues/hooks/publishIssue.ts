import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { hasRole } from '../../../access/roles'
import { correctionMessage, correctionProblems, type Correction, type PublishedState } from '../../../domain/issues/issueCorrections'
import { entryMessage, entryProblems } from '../../../domain/issues/issueEntries'
import { toCalendarDate } from '../../../domain/calendarDate'
import { label } from '../../../fields/label'
import { assembleIssue, sectionsWithPages } from '../../../issues/assembleIssue'
import { entryKey } from '../../../issues/issueEntryRefs'
import { issueChecks } from '../../../issues/issueChecks'
import { otherIssues } from '../../../issues/otherIssues'
import { printFingerprint } from '../../../issues/printFingerprint'
import { printForPublication } from '../../../issues/printForPublication'
import { printInput } from '../../../issues/printInput'
import { uploadPath } from '../../../issues/uploadPath'
import { checkPrintSync } from '../../../print/checkPrintSync'
import { pipelineSettings } from '../../../publishing/settings'

const publishLabel = label('出版', 'Publish')

/**
 * Publishing an issue (publishers and admins only): every entry must be a published,
 * 主动公开 item; the print edition is generated from the entries and the real page
 * ranges written back (or an uploaded PDF is checked against the stated pages); and a
 * published issue changes only through a new correction. Drafts are saved as they are,
 * with the checks written into printChecks for the editor.
 */
export const publishIssue: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const settings = pipelineSettings()
  const record: Record<string, unknown> = { ...(originalDoc ?? {}), ...data }
  const publishing = data._status === 'published'
  const refuse = (messages: string[]): never => {
    throw new ValidationError(
      { collection: 'gazette-issues', errors: messages.map((message) => ({ path: 'sections', label: publishLabel, message })), req },
      req.t,
    )
  }

  if (publishing && !hasRole(req.user, 'publisher', 'admin') && req.user) refuse(['只有发布员或管理员可以出版公报。'])
  // Unpublishing is a save to draft that is not a draft save (?draft=true): print and web
  // have gone out, so a published issue stays published and changes only by correction.
  if (originalDoc?._status === 'published' && data._status === 'draft' && !isDraftSave(req)) {
    refuse(['已出版的公报不能撤销发布：如有错误，请在“勘误”中说明并重新出版。'])
  }
  const assembled = await assembleIssue(req, record, settings.timeZone)
  const { printed } = assembled
  const checks = issueChecks(assembled)
  if (!publishing) {
    const report = await withSyncReport(req, record, assembled, checks, false)
    data.printChecks = report.text
    return data
  }

  const problems = [...assembled.missing.map((key) => `篇目 ${key} 已不存在，请从本期中删除。`)]
  if (printed.sections.every((section) => section.entries.length === 0)) problems.push('本期还没有篇目：请至少编入一篇文件或解读。')
  for (const item of assembled.items.filter((item) => !item.isPublic)) {
    problems.push(`《${item.print.title}》尚未发布或不是主动公开，不能编入出版的公报。`)
  }
  if (problems.length > 0) refuse(problems)

  const fingerprint = printFingerprint(printed)
  let sections = record.sections as Parameters<typeof sectionsWithPages>[0]
  if (printed.source === 'generated' && (fingerprint !== originalDoc?.printFingerprint || !record.printPdf)) {
    const cover = await uploadPath(req, 'media', printed.cover)
    const stored = await printForPublication(req, printInput(printed, settings.gazetteName, cover))
    sections = sectionsWithPages(sections, stored.ranges)
    Object.assign(data, { printPdf: stored.pdfId, printPages: stored.pages, printFingerprint: fingerprint, sections })
  } else if (printed.source === 'uploaded') {
    if (!record.printPdf) refuse(['上传方式出版前请先上传印刷版PDF，并填写每篇的起止页码。'])
    data.printFingerprint = fingerprint
    data.sections = sections
  }

  const stated = sections.flatMap((section) =>
    (section.entries ?? []).map((entry) => {
      const item = assembled.items.find((candidate) => candidate.print.id === itemPrintId(entry.item))
      return {
        key: item ? entryKey(item.ref) : String(itemPrintId(entry.item)),
        title: item?.print.title ?? '',
        firstPage: entry.firstPage ?? null,
        lastPage: entry.lastPage ?? null,
      }
    }),
  )
  const entryErrors = entryProblems(stated, (await otherIssues(req, originalDoc?.id)).holders, true).map(entryMessage)
  if (entryErrors.length > 0) refuse(entryErrors)
  if (printed.source === 'uploaded') {
    const report = await withSyncReport(req, { ...record, sections }, assembled, checks, true)
    data.printChecks = report.text
    data.printPages = report.pages
  } else {
    data.printChecks = checks.join('\n') || '印刷版已按篇目生成，页码从PDF中读回。'
  }

  const corrections = ((record.corrections ?? []) as Array<{ date?: string | null; text?: string | null }>).map((row): Correction => ({
    date: row.date ? toCalendarDate(row.date, settings.timeZone) : '',
    text: String(row.text ?? ''),
  }))
  const next: PublishedState = { fingerprint, corrections }
  const previous = (originalDoc?.publishedState ?? null) as PublishedState | null
  const correctionErrors = correctionProblems(previous, next).map(correctionMessage)
  if (correctionErrors.length > 0) refuse(correctionErrors)
  data.publishedState = next
  return data
}

/** A draft saved over a published issue (the admin's 保存草稿, REST ?draft=true) leaves the published version as it is. */
function isDraftSave(req: Parameters<CollectionBeforeChangeHook>[0]['req']): boolean {
  const draft = (req.query as Record<string, unknown> | undefined)?.draft
  return draft === 'true' || draft === true
}

/** The id the print engine knows an entry by (documents-12). */
function itemPrintId(item: unknown): string {
  const { relationTo, value } = (item ?? {}) as { relationTo?: string; value?: unknown }
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return `${relationTo}-${String(id)}`
}

/**
 * For an uploaded PDF with stated pages, the sync check's findings are added to the
 * checks; at publication (`strict`) any finding refuses it.
 */
async function withSyncReport(
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  record: Record<string, unknown>,
  assembled: Awaited<ReturnType<typeof assembleIssue>>,
  checks: string[],
  strict: boolean,
): Promise<{ text: string; pages: number | null }> {
  const lines = [...checks]
  const file = record.printSource === 'uploaded' ? await uploadPath(req, 'issue-pdfs', record.printPdf) : null
  let pages: number | null = null
  if (file) {
    const stated = assembled.printed.sections.flatMap((section, sectionIndex) =>
      (
        (record.sections as Array<{ entries?: Array<{ item?: unknown; firstPage?: number | null; lastPage?: number | null }> }>)[
          sectionIndex
        ]?.entries ?? []
      ).flatMap((entry) => {
        const printEntry = section.entries.find((candidate) => candidate.print.id === itemPrintId(entry.item))?.print
        return printEntry && entry.firstPage && entry.lastPage
          ? [{ id: printEntry.id, title: printEntry.title, firstPage: entry.firstPage, lastPage: entry.lastPage }]
          : []
      }),
    )
    const report = await checkPrintSync(file, stated)
    if (strict && !report.ok) {
      throw new ValidationError(
        {
          collection: 'gazette-issues',
          errors: report.problems.map((problem) => ({
            path: 'printPdf',
            label: label('印刷版PDF', 'Print PDF'),
            message: problem.message,
          })),
          req,
        },
        req.t,
      )
    }
    pages = report.pages
    lines.push(
      report.ok ? `印刷版PDF（共${report.pages}页）与篇目核对一致。` : `印刷版PDF（共${report.pages}页）与篇目不一致：`,
      ...report.problems.map((p) => `· ${p.message}`),
    )
  }
  return { text: lines.join('\n'), pages }
}
