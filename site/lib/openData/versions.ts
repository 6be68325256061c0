/**
 * A document's versions in the downloads (issue 22): open data (/data/documents.*) and the
 * catalogues (/catalogues/<id>.*) carry the same list, read from the manifest's version index
 * and named as the pages name them (history/versionView.ts), so a file and a page never disagree.
 */
import { documentPath } from '../../../core/addresses'
import type { AmendingRef, VersionKind } from '../../../core/history/versionHistory'
import { summaryVersionIndex } from '../../../core/snapshot/publicHistory'
import type { DocumentSummary } from '../../../core/snapshot/schema'
import { versionViews, type TitlesById, type VersionView } from '../history/versionView'

/** The document that made a version: one of this gazette, or a citation of one outside it. */
export type DownloadAmending = { type: 'document'; id: string; title: string; url: string } | { type: 'citation'; text: string }

export type DownloadVersion = {
  /** 1-based, oldest first. */
  number: number
  /** 原文, 2022年第一次修正. */
  label: string
  kind: VersionKind
  /** 原文, 修正, 修订, 勘误. */
  kindLabel: string
  /** The title this text carries (a 修订 may rename the document). */
  title: string
  /** 公布日期. */
  promulgatedDate: string | null
  /** 施行日期. */
  effectiveDate: string | null
  /** The last day this text was in force, when known. */
  until: string | null
  amendedBy: DownloadAmending | null
  /** Where this text is read: its version page, or the document's page when it has only one text. */
  url: string
}

/** Every version of the document, oldest first; one (the 原文) for a document never amended. */
export function downloadVersions(document: DocumentSummary, titles: TitlesById, site: URL | undefined): DownloadVersion[] {
  const index = summaryVersionIndex(document)
  // A document with one text has no version pages (itemPages/versionPages.ts): its page is the text.
  const single = index.versions.length === 1
  return versionViews(index, titles).map((view, position) => {
    const entry = index.versions[position]
    return {
      number: view.number,
      label: view.label,
      kind: entry?.kind ?? 'original',
      kindLabel: view.kindLabel,
      title: view.title,
      promulgatedDate: view.promulgatedDate,
      effectiveDate: view.effectiveDate,
      until: view.until,
      amendedBy: amending(view, entry?.amendedBy ?? null, site),
      url: siteAddress(single ? documentPath(document.id) : view.href, site),
    }
  })
}

/** As the page names it (a document that is not public is not named), with the document's id. */
function amending(view: VersionView, ref: AmendingRef | null, site: URL | undefined): DownloadAmending | null {
  const named = view.amendedBy
  if (named?.kind === 'citation') return { type: 'citation', text: named.text }
  if (named?.kind !== 'document' || ref?.type !== 'document') return null
  return { type: 'document', id: ref.documentId, title: named.title, url: siteAddress(named.href, site) }
}

/** Versions in one spreadsheet cell, separated like joint issuers in open data. */
export const VERSION_SEPARATOR = '；'

/**
 * The versions as one CSV cell: each version's name, its title when not the document's title
 * now, and its dates, e.g. 原文《…暂行办法》（2018-12-20公布，2019-01-01施行）；2021年第一次修订（…）.
 */
export function versionsCell(versions: readonly DownloadVersion[], currentTitle: string): string {
  return versions
    .map((version) => {
      const title = version.title === currentTitle ? '' : `《${version.title}》`
      const dates = [
        version.promulgatedDate ? `${version.promulgatedDate}公布` : null,
        version.effectiveDate ? `${version.effectiveDate}施行` : null,
      ].filter((part) => part !== null)
      return `${version.label}${title}${dates.length > 0 ? `（${dates.join('，')}）` : ''}`
    })
    .join(VERSION_SEPARATOR)
}

/** A site path as the downloads give it: absolute when the site's origin is known. */
export function siteAddress(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path
}
