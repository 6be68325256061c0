/**
 * One entry (a document or an interpretation), starting on a new page: the section
 * name over the first entry of each section, then the title, 发文字号 and body.
 */
import { escapeHtml } from './escapeHtml'
import type { PrintEntry } from './issueSchema'
import { renderBlocks } from './renderBlocks'

export function renderEntry(entry: PrintEntry, anchor: string, sectionTitle: string | null): string {
  const section = sectionTitle === null ? '' : `<h1 class="section-title">${escapeHtml(sectionTitle)}</h1>\n`
  const number = entry.docNumber ? `<p class="entry-number">${escapeHtml(entry.docNumber)}</p>\n` : ''
  return `<article class="entry entry-${entry.kind}" id="${escapeHtml(anchor)}">
${section}<h2 class="entry-title">${escapeHtml(entry.title)}</h2>
${number}<div class="entry-body">
${renderBlocks(entry.body, entry.kind)}
</div>
</article>`
}
