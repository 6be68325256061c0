/**
 * An issue from snapshot documents, until issues are a CMS collection: every
 * document once, grouped into sections by kind in the gazette's order (a kind its list no
 * longer holds last, titled with its stored value), or all in one named section, oldest
 * first within a section as a gazette prints them. The year and date default to the
 * newest document's publication.
 */
import { documentKindLabel, type DocumentKindDefinition } from '../../core/documents/documentKinds'
import type { PublicDocument, PublicInterpretation } from '../../core/snapshot/schema'
import type { PrintEntry, PrintIssueInput, PrintSection } from './issueSchema'

export type SnapshotIssueOptions = {
  gazetteName: string
  /** The gazette's kinds (the manifest's gazette.kinds), whose order the sections follow. */
  kinds: readonly DocumentKindDefinition[]
  /** One section for everything, e.g. 市政府文件; by kind when absent. */
  sectionTitle?: string
  issueNumber?: number
  totalNumber?: number
  publicationDate?: string
  year?: number
  pageSize?: string
  coverImage?: string
}

export const interpretationSectionTitle = '政策解读'

export function issueFromSnapshot(
  documents: readonly PublicDocument[],
  interpretations: readonly PublicInterpretation[],
  options: SnapshotIssueOptions,
): PrintIssueInput {
  const dated = [...documents, ...interpretations].map((item) => item.publishedDate).sort()
  const newest = dated.at(-1)
  if (!newest) throw new RangeError('快照中没有可印刷的文件。')
  const docs = [...documents].sort(byPublication)
  const sections: PrintSection[] = options.sectionTitle
    ? [{ title: options.sectionTitle, entries: docs.map(documentEntry) }]
    : [...new Set([...options.kinds.map((kind) => kind.value), ...docs.map((doc) => doc.kind)])]
        .map((kind) => ({
          title: documentKindLabel(options.kinds, kind),
          entries: docs.filter((doc) => doc.kind === kind).map(documentEntry),
        }))
        .filter((section) => section.entries.length > 0)
  const explained = [...interpretations].sort(byPublication).map(interpretationEntry)
  if (explained.length > 0) sections.push({ title: interpretationSectionTitle, entries: explained })
  const issueNumber = options.issueNumber ?? 1
  return {
    gazetteName: options.gazetteName,
    year: options.year ?? Number(newest.slice(0, 4)),
    issueNumber,
    totalNumber: options.totalNumber ?? issueNumber,
    publicationDate: options.publicationDate ?? newest,
    sections,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    ...(options.coverImage ? { coverImage: options.coverImage } : {}),
  }
}

function byPublication(a: { publishedDate: string; id: string }, b: { publishedDate: string; id: string }): number {
  return a.publishedDate.localeCompare(b.publishedDate) || a.id.localeCompare(b.id)
}

function documentEntry(doc: PublicDocument): PrintEntry {
  return {
    id: doc.id,
    title: doc.title,
    docNumber: doc.docNumber,
    issuers: doc.issuers.map((issuer) => issuer.name),
    writtenDate: doc.writtenDate,
    body: doc.body,
    kind: 'document',
  }
}

function interpretationEntry(item: PublicInterpretation): PrintEntry {
  return {
    id: item.id,
    title: item.title,
    docNumber: null,
    issuers: item.interpretationBody ? [item.interpretationBody.name] : [],
    writtenDate: item.publishedDate,
    body: item.body,
    kind: 'interpretation',
  }
}
