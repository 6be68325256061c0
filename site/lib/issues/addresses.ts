/** Addresses of the gazette issues on the site. */
import type { GazetteIssue } from '../../../core/snapshot/schema'

export const ISSUES_PATH = '/issues/'
export const ISSUES_FEED_PATH = '/feeds/issues.xml'

type IssueRef = Pick<GazetteIssue, 'year' | 'issueNumber'>

export const yearPath = (year: number): string => `/issues/${year}/`
export const issuePath = (issue: IssueRef): string => `/issues/${issue.year}/${issue.issueNumber}/`
/** The citation resolver: what is printed on page P of an issue. */
export const pagePath = (issue: IssueRef, page: number): string => `${issuePath(issue)}${page}/`

export const entryPath = (entry: { kind: 'document' | 'interpretation'; id: string }): string =>
  entry.kind === 'document' ? `/documents/${entry.id}/` : `/interpretations/${entry.id}/`
