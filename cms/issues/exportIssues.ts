/**
 * Published gazette issues for the snapshot. Issues are read with the public's access
 * (published only); each entry is kept only when its item is public now (or was public
 * and has been withdrawn, whose address shows the withdrawal notice), so the site never
 * names anything the public may not read. The print PDF is copied in unless it prints
 * an entry that is no longer public (issuePdfWithheld), in which case the issue says why
 * and the issue page shows it; the cover is re-encoded by sharp as a page image and a
 * thumbnail.
 */
import type { Payload } from 'payload'

import { issueEntryRefs } from './issueEntryRefs'
import { exportCover } from './exportCover'
import type { SnapshotFiles } from '../snapshot/exportFiles'
import { issuePdfWithheld } from './issuePdfWithheld'
import { gazetteIssueSchema, type GazetteIssue, type IssueEntry } from '../../core/snapshot/schema'
import { issueLabel } from '../../core/issues/issueLabel'

type Described = { id: string; title: string; docNumber: string | null }

export type IssueExportContext = {
  staging: string
  /** The previous snapshot, whose covers are linked when their source did not change. */
  previous: string | null
  files: SnapshotFiles
  /** Public documents by database id. */
  documents: Map<string, Described>
  /** Public interpretations by database id. */
  interpretations: Map<string, Described>
  /** Withdrawn documents (once public) by database id. */
  withdrawn: Map<string, Described>
  day: (value: string | null | undefined) => string | null
  /** Told when an issue's PDF is held back. */
  warn?: (message: string) => void
}

export async function exportIssues(payload: Payload, context: IssueExportContext): Promise<{ issues: GazetteIssue[] }> {
  const { docs } = await payload.find({
    collection: 'gazette-issues',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: '-totalNumber',
  })
  const issues: GazetteIssue[] = []
  for (const issue of docs) {
    // Defence in depth: the access query already filtered drafts out.
    if (issue._status !== 'published') continue
    const id = `${issue.year}-${issue.issueNumber}`
    const owner = `issues/${id}`
    const refs = issueEntryRefs(issue.sections)
    let hidden = 0
    const sections = (issue.sections ?? []).map((section, index) => ({
      title: section.title,
      entries: refs
        .filter((ref) => ref.section === index)
        .flatMap((ref): IssueEntry[] => {
          const key = String(ref.id)
          const current = ref.collection === 'documents' ? context.documents.get(key) : context.interpretations.get(key)
          const withdrawn = ref.collection === 'documents' && !current ? context.withdrawn.get(key) : undefined
          const item = current ?? withdrawn
          if (!item || ref.firstPage === null || ref.lastPage === null) {
            hidden += 1
            return []
          }
          return [
            {
              kind: ref.collection === 'documents' ? 'document' : 'interpretation',
              id: item.id,
              title: item.title,
              docNumber: item.docNumber,
              firstPage: ref.firstPage,
              lastPage: ref.lastPage,
              withdrawn: Boolean(withdrawn),
            },
          ]
        }),
    }))
    // An entry withdrawn or hidden since printing is still in the PDF, so the PDF is held
    // back rather than publish its text, until a corrected edition without it replaces it.
    const entries = sections.flatMap((section) => section.entries)
    const withheld = issue.printPdf
      ? await issuePdfWithheld(payload, issue.printPdf, {
          withdrawn: entries.filter((entry) => entry.withdrawn).map((entry) => entry.title),
          hidden: hidden > 0,
          publicTitles: entries.filter((entry) => !entry.withdrawn).map((entry) => entry.title),
        })
      : null
    if (withheld) context.warn?.(`${issueLabel(issue)}印刷版PDF所载文件已撤回或不再公开，PDF暂不发布。`)
    const pdf = withheld ? null : await context.files.copy(owner, issue.printPdf, 'issue-pdfs')
    const cover = await exportCover(payload, { ...context, counts: context.files.counts }, owner, issue.cover)
    issues.push(
      gazetteIssueSchema.parse({
        id,
        year: issue.year,
        issueNumber: issue.issueNumber,
        totalNumber: issue.totalNumber,
        publicationDate: context.day(issue.publicationDate),
        sections: sections.filter((section) => section.entries.length > 0),
        pdf: pdf && issue.printPages ? { url: pdf.url, bytes: pdf.bytes ?? 0, pages: issue.printPages } : null,
        pdfWithheld: withheld,
        cover,
        corrections: (issue.corrections ?? []).map((row) => ({ date: context.day(row.date), text: row.text })),
        updatedAt: issue.updatedAt,
      }),
    )
  }
  return { issues }
}
