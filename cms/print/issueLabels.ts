/** How an issue names itself on the cover, in running heads and in citations. */
import type { PrintIssue } from './issueSchema'

type IssueNumbers = Pick<PrintIssue, 'year' | 'issueNumber' | 'totalNumber'>

/** 2022年第6期: the form used in citations (《…公报》2022年第6期 第12页). */
export function issueLabel(issue: IssueNumbers): string {
  return `${issue.year}年第${issue.issueNumber}期`
}

/** 第6期（总第123期）, under the year on the cover. */
export function issueNumberLine(issue: IssueNumbers): string {
  return `第${issue.issueNumber}期（总第${issue.totalNumber}期）`
}

/** The running head on every page after the cover. */
export function runningHead(issue: IssueNumbers & Pick<PrintIssue, 'gazetteName'>): string {
  return `${issue.gazetteName}　${issueLabel(issue)}`
}
