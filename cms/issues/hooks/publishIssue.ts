import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { hasRole } from '../../access/roles'
import { toCalendarDate } from '../../../core/calendar/calendarDate'
import { correctionMessage, correctionProblems, type Correction, type PublishedState } from '../../../core/issues/issueCorrections'
import { entryMessage, entryProblems } from '../../../core/issues/issueEntries'
import { label } from '../../fields/label'
import { assembleIssue, sectionsWithPages, type AssembledIssue } from '../assembleIssue'
import { issueChecks } from '../issueChecks'
import { entryKey, printEntryId, relationTarget } from '../issueEntryRefs'
import type { IssueItem } from '../loadIssueItems'
import { otherIssues, takeOtherIssues } from '../otherIssues'
import { printFingerprint } from '../printFingerprint'
import { printForPublication } from '../printForPublication'
import { printInput } from '../printInput'
import { storedIssue } from '../storedIssue'
import { uploadedPrintCheck } from '../uploadedPrintCheck'
import { uploadPath } from '../uploadPath'
import { isWithdrawnDocument, withdrawnInGeneratedPrint, withdrawnSincePublished } from '../withdrawnEntries'
import type { GazetteIssue } from '../../payload-types'
import { pipelineSettings } from '../../../core/settings'

type StoredSections = NonNullable<GazetteIssue['sections']>

/**
 * Publishing an issue (publishers and admins only): every entry must be a published,
 * 主动公开 item and every earlier issue published; a published issue changes only
 * through a new correction and is never unpublished; the print edition is generated
 * from the entries and the real page ranges written back (or an uploaded PDF is checked
 * against the stated pages). A document withdrawn after the issue was published may stay
 * listed (the site marks it 已撤回) in a corrected edition: an uploaded PDF that no longer
 * prints it, which restores the PDF the site holds back meanwhile
 * (cms/issues/issuePdfWithheld.ts). Drafts are saved as they are, with the checks
 * written into printChecks for the editor.
 */
export const publishIssue: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const settings = pipelineSettings()
  const record: Record<string, unknown> = { ...(originalDoc ?? {}), ...data }
  // The other issues as enforceIssueRules read them for this save.
  const othersRead = takeOtherIssues(req, originalDoc?.id)
  const stored = await storedIssue(req, originalDoc?.id)
  const wasPublished = stored?._status === 'published'
  const publishing = data._status === 'published'
  const refuse = (messages: string[], path = 'sections'): never => {
    const errors = messages.map((message) => ({ path, label: label('出版', 'Publish'), message }))
    throw new ValidationError({ collection: 'gazette-issues', errors, req }, req.t)
  }

  if (publishing && req.user && !hasRole(req.user, 'publisher', 'admin')) refuse(['只有发布员或管理员可以出版公报。'])
  // A save that is not a draft save (?draft=true) and leaves a published issue anything
  // but published would unpublish it: print and web have gone out.
  if (wasPublished && !publishing && !isDraftSave(req)) refuse(['已出版的公报不能撤销发布：如有错误，请在“勘误”中说明并重新出版。'])

  const assembled = await assembleIssue(req, record, settings.timeZone)
  const checks = issueChecks(assembled)
  if (!publishing) {
    data.printChecks = await draftChecks(req, record, assembled, checks)
    return data
  }

  const { printed } = assembled
  const problems = assembled.missing.map(
    (key) => `本期编入的一篇${key.startsWith('documents') ? '文件' : '解读'}已被删除，请从篇目中移除。`,
  )
  if (printed.sections.every((section) => section.entries.length === 0)) problems.push('本期还没有篇目：请至少编入一篇文件或解读。')
  const keptWithdrawn = withdrawnSincePublished(assembled.items, wasPublished ? stored : null)
  for (const item of assembled.items.filter((candidate) => !candidate.isPublic)) {
    if (!keptWithdrawn.has(item)) problems.push(`《${item.print.title}》尚未发布或不是主动公开，不能编入出版的公报。`)
    else if (printed.source === 'generated') problems.push(withdrawnInGeneratedPrint(item.print.title))
  }
  const others = await (othersRead ?? otherIssues(req, originalDoc?.id))
  const earlier = others.keys.filter((other) => other.totalNumber < printed.totalNumber && !others.publishedTotals.has(other.totalNumber))
  for (const other of earlier)
    problems.push(`总第${other.totalNumber}期（${other.year}年第${other.issueNumber}期）尚未出版：请按顺序出版。`)
  if (problems.length > 0) refuse(problems)

  // Corrections are checked before anything is printed, so a refusal prints nothing.
  const corrections = ((record.corrections ?? []) as Array<{ date?: string | null; text?: string | null }>).map((row): Correction => ({
    date: row.date ? toCalendarDate(row.date, settings.timeZone) : '',
    text: String(row.text ?? '').trim(),
  }))
  if (corrections.some((correction) => correction.text === '')) refuse(['勘误内容不能为空：请写明更正了什么。'], 'corrections')
  const fingerprint = printFingerprint(printed, settings.gazetteName)
  const previous = (stored?.publishedState ?? null) as PublishedState | null
  const correctionErrors = correctionProblems(wasPublished ? previous : null, { fingerprint, corrections }).map(correctionMessage)
  if (correctionErrors.length > 0) refuse(correctionErrors, 'corrections')

  let sections = (record.sections ?? []) as StoredSections
  if (printed.source === 'generated') {
    if (fingerprint !== stored?.printFingerprint || !stored?.printPdf) {
      const cover = await uploadPath(req.payload, 'media', printed.cover, req)
      const print = await printForPublication(req, printInput(printed, settings.gazetteName, cover)).catch((error: unknown) =>
        refuse([`印刷版生成失败：${error instanceof Error ? error.message : String(error)}`]),
      )
      const unprinted = assembled.items.filter((item) => !print.ranges.has(item.print.id))
      if (unprinted.length > 0) refuse(unprinted.map((item) => `《${item.print.title}》没有出现在生成的印刷版中，请重试或联系管理员。`))
      sections = sectionsWithPages(sections, print.ranges)
      Object.assign(data, { printPdf: print.pdfId, printPages: print.pages })
    } else {
      // Nothing printed changed: the stored PDF and its real pages stand, whatever was sent.
      sections = sectionsWithPages(sections, storedRanges(stored.sections ?? []))
      Object.assign(data, { printPdf: stored.printPdf, printPages: stored.printPages })
    }
    data.printChecks = [...checks, '印刷版已按篇目生成，页码从PDF中读回。'].join('\n')
  } else {
    const check = await uploadedPrintCheck(
      req,
      record.printPdf,
      statedEntries(sections, assembled, (item) => !keptWithdrawn.has(item)),
      statedEntries(sections, assembled, (item) => keptWithdrawn.has(item)),
    )
    if (check.problems.length > 0) refuse(check.problems, 'printPdf')
    data.printPages = check.pages
    data.printChecks = [...checks, check.summary].join('\n')
  }

  const stated = withItems(sections, assembled).map(({ entry, item }) => ({
    key: item ? entryKey(item.ref) : itemPrintId(entry.item),
    title: item?.print.title ?? '',
    firstPage: entry.firstPage ?? null,
    lastPage: entry.lastPage ?? null,
  }))
  const entryErrors = entryProblems(stated, others.holders, true).map(entryMessage)
  if (entryErrors.length > 0) refuse(entryErrors)

  Object.assign(data, { sections, printFingerprint: fingerprint, publishedState: { fingerprint, corrections } satisfies PublishedState })
  return data
}

/** A draft saved over a published issue (the admin's 保存草稿, REST ?draft=true) leaves the published version as it is. */
function isDraftSave(req: PayloadRequest): boolean {
  const draft = (req.query as Record<string, unknown> | undefined)?.draft
  return draft === 'true' || draft === true
}

/** The print entry id of a stored entry's item ('' when it points nowhere). */
function itemPrintId(item: unknown): string {
  const target = relationTarget(item)
  return target ? printEntryId(target) : ''
}

/** The pages stored for each entry, by print entry id. */
function storedRanges(sections: StoredSections): Map<string, { firstPage: number; lastPage: number }> {
  const ranges = new Map<string, { firstPage: number; lastPage: number }>()
  for (const entry of sections.flatMap((section) => section.entries ?? [])) {
    if (entry.firstPage && entry.lastPage) ranges.set(itemPrintId(entry.item), { firstPage: entry.firstPage, lastPage: entry.lastPage })
  }
  return ranges
}

/** Each stored entry beside the item loaded for it (undefined when its item is gone). */
function withItems(sections: StoredSections, assembled: AssembledIssue) {
  const byPrintId = new Map(assembled.items.map((item) => [item.print.id, item]))
  return sections.flatMap((section) => (section.entries ?? []).map((entry) => ({ entry, item: byPrintId.get(itemPrintId(entry.item)) })))
}

/** Each entry (of those `which` takes) with the pages the office stated for it, for the sync check. */
function statedEntries(sections: StoredSections, assembled: AssembledIssue, which: (item: IssueItem) => boolean = () => true) {
  return withItems(sections, assembled).flatMap(({ entry, item }) =>
    item && which(item) && entry.firstPage && entry.lastPage
      ? [{ id: item.print.id, title: item.print.title, firstPage: entry.firstPage, lastPage: entry.lastPage }]
      : [],
  )
}

/** What an editor sees on a draft: the 施行前刊登 flags and, for an uploaded PDF with pages, the sync check. */
async function draftChecks(
  req: PayloadRequest,
  record: Record<string, unknown>,
  assembled: AssembledIssue,
  checks: string[],
): Promise<string> {
  if (record.printSource !== 'uploaded' || !record.printPdf) return checks.join('\n')
  const sections = (record.sections ?? []) as StoredSections
  const stated = statedEntries(sections, assembled, (item) => !isWithdrawnDocument(item))
  const withdrawn = statedEntries(sections, assembled, isWithdrawnDocument)
  if (stated.length + withdrawn.length === 0) return checks.join('\n')
  const check = await uploadedPrintCheck(req, record.printPdf, stated, withdrawn)
  return [...checks, check.summary, ...check.problems.map((problem) => `· ${problem}`)].join('\n')
}
