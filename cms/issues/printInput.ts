/** The print engine's input for an issue: its header and its sections with loaded entries. */
import type { PrintIssueInput } from '../print/issueSchema'
import type { PrintedIssue } from './printFingerprint'

export function printInput(issue: PrintedIssue, gazetteName: string, coverImage: string | null): PrintIssueInput {
  return {
    gazetteName,
    year: issue.year,
    issueNumber: issue.issueNumber,
    totalNumber: issue.totalNumber,
    publicationDate: issue.publicationDate,
    pageSize: issue.pageSize,
    sections: issue.sections
      .filter((section) => section.entries.length > 0)
      .map((section) => ({ title: section.title, entries: section.entries.map((entry) => entry.print) })),
    ...(coverImage ? { coverImage } : {}),
  }
}
