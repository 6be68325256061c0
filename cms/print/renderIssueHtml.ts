/** The whole issue as one print HTML document: cover, table of contents, entries. */
import { escapeHtml } from './escapeHtml'
import type { PrintIssue } from './issueSchema'
import { issueLabel } from '../../core/issues/issueLabel'
import { runningHead } from './issueLabels'
import type { PageLayout } from './pageLayout'
import { printStyles } from './printStyles'
import { renderContents } from './renderContents'
import { renderCover } from './renderCover'
import { renderEntry } from './renderEntry'
import { buildContents } from './tableOfContents'

export type RenderOptions = {
  /** Each entry's first page, from the previous pass; null on the first pass. */
  firstPages: ReadonlyMap<string, number> | null
  /** The cover image as a data: URL, or null for none. */
  coverImage: string | null
}

export function renderIssueHtml(issue: PrintIssue, layout: PageLayout, options: RenderOptions): string {
  const contents = buildContents(issue, options.firstPages)
  const entries = issue.sections.flatMap((section, sectionIndex) =>
    section.entries.map((entry, entryIndex) => {
      const anchor = contents[sectionIndex]?.entries[entryIndex]?.anchor
      if (!anchor) throw new Error('contents and sections disagree')
      return renderEntry(entry, anchor, entryIndex === 0 ? section.title : null)
    }),
  )
  const title = `${issue.gazetteName} ${issueLabel(issue)}`
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${printStyles(layout, runningHead(issue))}</style>
</head>
<body>
${renderCover(issue, options.coverImage)}
${renderContents(contents)}
${entries.join('\n')}
</body>
</html>
`
}
