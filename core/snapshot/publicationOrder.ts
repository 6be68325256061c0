/**
 * The one order of published items: newest 发布日期 first, and on the same day the higher
 * id first, so "newest first" carries on through a day (a series' later number is the
 * higher id) and the order is stable between builds. The manifest lists documents and
 * interpretations in it, whoever writes the snapshot (the export, the sample corpus), and
 * the site's lists sort with it, so a list page, the open-data files and the feeds of
 * one build never disagree about who comes first.
 */
export type Published = { id: string; publishedDate: string }

export function newestPublishedFirst(a: Published, b: Published): number {
  return b.publishedDate.localeCompare(a.publishedDate) || b.id.localeCompare(a.id)
}
