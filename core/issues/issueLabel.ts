/** How a gazette issue is named in Chinese: 2022年第6期, or with its running total. */
export type IssueKey = { year: number; issueNumber: number; totalNumber: number }

export function issueLabel(issue: Pick<IssueKey, 'year' | 'issueNumber'>): string {
  return `${issue.year}年第${issue.issueNumber}期`
}

export function issueLabelWithTotal(issue: IssueKey): string {
  return `${issueLabel(issue)}（总第${issue.totalNumber}期）`
}

/** 第12页 or 第12–15页. */
export function pageRangeLabel(firstPage: number, lastPage: number): string {
  return firstPage === lastPage ? `第${firstPage}页` : `第${firstPage}–${lastPage}页`
}

/** A citation as readers write it: 《运城市人民政府公报》2022年第6期 第12页. */
export function issueCitation(
  gazetteName: string,
  issue: Pick<IssueKey, 'year' | 'issueNumber'>,
  firstPage: number,
  lastPage: number,
): string {
  return `《${gazetteName}》${issueLabel(issue)} ${pageRangeLabel(firstPage, lastPage)}`
}
