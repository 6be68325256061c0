/** The cover: gazette name, year, 第N期（总第M期）, an optional image and the date. */
import { formatChineseDate } from '../../core/display/chineseDate'
import { escapeHtml } from './escapeHtml'
import type { PrintIssue } from './issueSchema'
import { issueNumberLine } from './issueLabels'

export function renderCover(issue: PrintIssue, coverImage: string | null): string {
  const image = coverImage ? `<img class="cover-image" src="${escapeHtml(coverImage)}" alt="">` : ''
  return `<section class="cover">
<p class="cover-name">${escapeHtml(issue.gazetteName)}</p>
<p class="cover-year">${escapeHtml(`${issue.year}年`)}</p>
<p class="cover-issue">${escapeHtml(issueNumberLine(issue))}</p>
<div class="cover-art">${image}</div>
<p class="cover-date">${escapeHtml(`${formatChineseDate(issue.publicationDate)}出版`)}</p>
</section>`
}
