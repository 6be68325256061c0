/**
 * A gazette for the gazette-issue tests: the real config on a fresh database, the sample
 * documents, an editor and a publisher signed in through REST, and lookups the tests share.
 */
import path from 'node:path'

import type { GazetteIssue } from '../../../cms/payload-types'
import { seedSamples } from '../../../scripts/lib/seedSamples'
import { signIn } from './reviewFlow'
import { startTempGazette, type TempGazette } from './tempGazette'

export type IssueFixture = {
  gazette: TempGazette
  editor: string
  publisher: string
  /** Database ids of the sample documents and interpretations, by slug. */
  ids: Map<string, number>
}

export async function startIssueFixture(): Promise<IssueFixture> {
  const gazette = await startTempGazette()
  await seedSamples(gazette.payload)
  const ids = new Map<string, number>()
  for (const collection of ['documents', 'interpretations'] as const) {
    for (const doc of (await gazette.payload.find({ collection, pagination: false, depth: 0 })).docs) ids.set(String(doc.slug), doc.id)
  }
  return {
    gazette,
    ids,
    editor: await signIn(gazette, 'issue-editor@example.gov.cn', ['editor']),
    publisher: await signIn(gazette, 'issue-publisher@example.gov.cn', ['publisher']),
  }
}

export async function issueByNumber(fixture: IssueFixture, year: number, issueNumber: number): Promise<GazetteIssue> {
  const found = await fixture.gazette.payload.find({
    collection: 'gazette-issues',
    where: { and: [{ year: { equals: year } }, { issueNumber: { equals: issueNumber } }] },
    depth: 1,
    limit: 1,
  })
  const issue = found.docs[0]
  if (!issue) throw new Error(`no issue ${year}-${issueNumber}`)
  return issue
}

export function pdfFile(fixture: IssueFixture, issue: GazetteIssue): string {
  const pdf = issue.printPdf
  if (!pdf || typeof pdf !== 'object' || !pdf.filename) throw new Error('issue has no print PDF')
  return path.join(fixture.gazette.dir, 'issue-pdfs', pdf.filename)
}

/** An issue's entries in print order, with their titles and stored pages. */
export function entriesOf(issue: GazetteIssue) {
  return (issue.sections ?? []).flatMap((section) =>
    (section.entries ?? []).map((entry) => ({
      title: typeof entry.item.value === 'object' ? entry.item.value.title : '',
      docNumber: typeof entry.item.value === 'object' && 'docNumber' in entry.item.value ? (entry.item.value.docNumber ?? null) : null,
      firstPage: entry.firstPage ?? 0,
      lastPage: entry.lastPage ?? 0,
    })),
  )
}

/** An entry's relationship to a sample document. */
export function sampleDocument(fixture: IssueFixture, slug: string) {
  return { relationTo: 'documents' as const, value: fixture.ids.get(slug) as number }
}

type Errors = { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }

/** Every message of a refused REST request, Payload's summary and each field's. */
export async function messagesOf(response: Response): Promise<string> {
  const body = (await response.json()) as Errors
  return (body.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((field) => field.message)]).join('\n')
}
