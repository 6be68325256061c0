/**
 * The table of contents. Each line links to its entry (a clickable contents in the
 * PDF, and the named destination the engine reads pages from). The page number
 * cell has a fixed width, so the first pass, which has no numbers yet, lays out
 * exactly like the passes that do.
 */
import { escapeHtml } from './escapeHtml'
import type { ContentsSection } from './tableOfContents'

export function renderContents(contents: readonly ContentsSection[]): string {
  const sections = contents
    .map((section) => {
      const lines = section.entries
        .map((entry) => {
          const number = entry.docNumber ? `<span class="contents-number">（${escapeHtml(entry.docNumber)}）</span>` : ''
          const page = entry.page === null ? '' : String(entry.page)
          return `<a class="contents-line" href="#${escapeHtml(entry.anchor)}"><span class="contents-title">${escapeHtml(entry.title)}${number}</span><span class="contents-leader"></span><span class="contents-page">${page}</span></a>`
        })
        .join('\n')
      return `<div class="contents-section"><p class="contents-section-title">${escapeHtml(section.title)}</p>\n${lines}</div>`
    })
    .join('\n')
  return `<nav class="contents"><h1 class="contents-heading">目　录</h1>\n${sections}</nav>`
}
