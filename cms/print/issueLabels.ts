/** How an issue names itself on the cover and in running heads (its label, 2022年第6期, is core/issues/issueLabel.ts). */
import type { PrintIssue } from './issueSchema'
import { issueLabel } from '../../core/issues/issueLabel'

type IssueNumbers = Pick<PrintIssue, 'year' | 'issueNumber' | 'totalNumber'>

/** 第6期（总第123期）, under the year on the cover. */
export function issueNumberLine(issue: IssueNumbers): string {
  return `第${issue.issueNumber}期（总第${issue.totalNumber}期）`
}

/** The running head on every page after the cover. */
export function runningHead(issue: IssueNumbers & Pick<PrintIssue, 'gazetteName'>): string {
  return `${issue.gazetteName}　${issueLabel(issue)}`
}
