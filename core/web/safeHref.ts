/**
 * The link targets a document body may carry. The export already drops others; the
 * site checks again because a link is where markup from a snapshot could turn active
 * (javascript:, data:). Site-relative means one leading slash: '//host' is another site.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined
  const trimmed = href.trim()
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed
  if (trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.startsWith('/\\')) return trimmed
  return undefined
}
