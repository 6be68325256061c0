/**
 * A back issue's reading as `npm run import:issue -- … --json` prints it (and as the
 * admin will receive it): the issue's own statements, its pages and what each is, the
 * contents as printed, every entry with its pages, section and the importer's fields
 * (core/import's extraction JSON), and the problems in Chinese.
 */
import { extractionToJson, type ExtractionJson } from '../import/extractionJson'
import type { Contents } from './contentsPages'
import type { IssueMasthead } from './issueMasthead'
import type { BackIssuePage, BackIssueReading } from './readBackIssue'
import type { UncertainSpot } from './textBlocks'

export type BackIssueEntryJson = {
  section: string | null
  kind: 'document' | 'interpretation'
  firstPage: number
  lastPage: number
  printedFirstPage: number | null
  printedLastPage: number | null
  ocr: boolean
  uncertain: UncertainSpot[]
  contentsLabel: string | null
  fields: ExtractionJson
}

export type BackIssueJson = {
  masthead: IssueMasthead
  pages: BackIssuePage[]
  contents: Contents | null
  entries: BackIssueEntryJson[]
  problems: Array<{ kind: string; page: number | null; message: string }>
}

export function readingToJson(reading: BackIssueReading): BackIssueJson {
  return {
    masthead: { ...reading.masthead },
    pages: reading.pages,
    contents: reading.contents,
    entries: reading.entries.map((entry) => ({
      section: entry.section,
      kind: entry.kind,
      firstPage: entry.firstPage,
      lastPage: entry.lastPage,
      printedFirstPage: entry.printedFirstPage,
      printedLastPage: entry.printedLastPage,
      ocr: entry.ocr,
      uncertain: entry.uncertain,
      contentsLabel: entry.contentsLabel,
      fields: extractionToJson(entry.document),
    })),
    problems: reading.problems.map((problem) => ({ kind: problem.kind, page: problem.page, message: problem.message })),
  }
}
