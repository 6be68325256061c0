/**
 * A published document's version history read back from its snapshot record (issue 22): the
 * record's own text is the newest version, its earlierVersions the ones before. The site
 * compares versions and renders each from this; the record's versionIndex is the same
 * history without the texts. An older record without the history fields is a 原文 alone.
 */
import type { DocumentSummary, PublicDocument } from './schema'
import { storedHistory } from '../history/storedHistory'
import type { VersionHistory } from '../history/versionHistory'
import { buildVersionIndex } from '../history/versionIndex'
import type { VersionIndex } from '../history/versionIndexSchema'

export function publicHistory(document: PublicDocument): VersionHistory {
  return storedHistory({
    id: document.id,
    title: document.title,
    body: document.body,
    writtenDate: document.writtenDate,
    publishedDate: document.publishedDate,
    effectiveDate: document.effectiveDate,
    expiresOn: document.expiresOn,
    // Already the earliest of 废止日期 and a repealing document's date (assembleSnapshot).
    repealedOn: document.repealedOn,
    versionKind: document.versionKind,
    amendedBy: document.amendedBy,
    earlier: document.earlierVersions,
  })
}

/** The record's version index, or the one its history gives when an older snapshot has none. */
export function publicVersionIndex(document: PublicDocument): VersionIndex {
  return document.versionIndex ?? buildVersionIndex(publicHistory(document))
}

/**
 * A manifest summary's version index: the one the manifest carries for a document with several
 * versions, else the 原文 alone, built from the summary's own dates as the export builds it.
 */
export function summaryVersionIndex(summary: DocumentSummary): VersionIndex {
  return (
    summary.versionIndex ??
    buildVersionIndex(
      storedHistory({
        id: summary.id,
        title: summary.title,
        body: [],
        writtenDate: summary.writtenDate,
        publishedDate: summary.publishedDate,
        effectiveDate: summary.effectiveDate,
        expiresOn: summary.expiresOn,
        repealedOn: summary.repealedOn,
        versionKind: 'original',
        amendedBy: null,
        earlier: [],
      }),
    )
  )
}
