/**
 * The back-issue round trip's source: an issue of the sample content (the five sample
 * documents in two sections and the sample interpretation under 政策解读), as gongbao's
 * print engine takes it, and, once printed, each entry as the reader should find it again:
 * title, 发文字号, the 成文日期 the print shows (an interpretation prints none), pages, body.
 */
import type { PrintEntry, PrintIssueInput } from '../../../cms/print/issueSchema'
import type { PrintResult } from '../../../cms/print/printIssue'
import { blocksFromLexical } from '../../../core/snapshot/fromLexical'
import { markdownToLexical } from '../../lib/markdownToLexical'
import { readSampleDocuments, readSampleInterpretations, readSampleOrganizations } from '../../lib/samples'
import type { SourceEntry } from './readingScore'

export function sampleBackIssue(options: { documents?: number } = {}): PrintIssueInput {
  const organizations = new Map(readSampleOrganizations().map((org) => [org.key, org.name]))
  const documents: PrintEntry[] = readSampleDocuments()
    .slice(0, options.documents ?? Infinity)
    .map((sample) => ({
      id: sample.slug,
      title: sample.title,
      docNumber: sample.docNumberRaw,
      issuers: sample.issuers.map((key) => organizations.get(key) ?? key),
      writtenDate: sample.writtenDate,
      body: blocksFromLexical(markdownToLexical(sample.body)),
      kind: 'document',
    }))
  const interpretations: PrintEntry[] = readSampleInterpretations().map((sample) => ({
    id: sample.slug,
    title: sample.title,
    docNumber: null,
    issuers: [organizations.get(sample.interpretationBody) ?? sample.interpretationBody],
    writtenDate: sample.publishedDate,
    body: blocksFromLexical(markdownToLexical(sample.body)),
    kind: 'interpretation',
  }))
  const half = Math.ceil(documents.length / 2)
  const sections = [
    { title: '市政府文件', entries: documents.slice(0, half) },
    { title: '部门文件', entries: documents.slice(half) },
    { title: '政策解读', entries: interpretations },
  ].filter((section) => section.entries.length > 0)
  return { gazetteName: '运城市人民政府公报', year: 2022, issueNumber: 6, totalNumber: 123, publicationDate: '2022-07-15', sections }
}

/** What the reader should find: every entry in print order with the pages the engine printed it on. */
export function expectedEntries(
  issue: PrintIssueInput,
  printed: Pick<PrintResult, 'entries'>,
): Array<SourceEntry & { section: string; kind: PrintEntry['kind'] }> {
  const pages = new Map(printed.entries.map((entry) => [entry.id, entry]))
  return issue.sections.flatMap((section) =>
    section.entries.map((entry) => {
      const range = pages.get(entry.id)
      if (!range) throw new Error(`no pages for ${entry.id}`)
      return {
        section: section.title,
        kind: entry.kind,
        title: entry.title,
        docNumber: entry.docNumber,
        // An interpretation's date travels with the entry but is not printed.
        writtenDate: entry.kind === 'document' ? entry.writtenDate : null,
        firstPage: range.firstPage,
        lastPage: range.lastPage,
        body: entry.body,
      }
    }),
  )
}
