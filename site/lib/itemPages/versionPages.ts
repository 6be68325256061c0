/**
 * /documents/<id>/versions/<n>/ and /documents/<id>/versions/<n>/changes/ (issue 22): every
 * version of a document on a static page of its own, for readers without script and for
 * citing, and each version after the first compared with the one before it. Only documents
 * with more than one version have them; a document's only text is its own page.
 */
import { publicHistory, publicVersionIndex } from '../../../core/snapshot/publicHistory'
import { versionChangesPath, versionPath } from '../../../core/addresses'
import type { TextComparison } from '../../../core/history/compareTexts'
import { compareVersions } from '../../../core/history/versionChanges'
import type { Block, Manifest, PublicDocument } from '../../../core/snapshot/schema'
import type { SnapshotReader } from '../snapshotReader'
import type { Printed } from '../issues/issues'
import { versionPrintings } from '../history/versionPrintings'
import { versionViews, type TitlesById, type VersionView } from '../history/versionView'
import type { ItemRoute } from './itemPage'

type VersionParams = { id: string; n: string }

/** What a version's page shows: the version, its text, and the whole list to move between them. */
export type VersionPageProps = {
  documentId: string
  /** The document's current title, for the way back. */
  currentTitle: string
  version: VersionView
  versions: VersionView[]
  body: Block[]
  /** The issues of this gazette that printed this version, oldest first (lib/history/versionPrintings.ts). */
  printed: Printed[]
  gazetteName: string
}

/** What a comparison page shows: the version, the one before it, and the comparison by article. */
export type VersionChangesProps = {
  documentId: string
  currentTitle: string
  version: VersionView
  previous: VersionView
  comparison: TextComparison
}

export function titlesById(manifest: Manifest): TitlesById {
  return Object.fromEntries(manifest.documents.map((doc) => [doc.id, doc.title]))
}

/** Every version of every document with more than one, read on demand. */
async function versionedPages<Props extends Record<string, unknown>>(
  snapshot: SnapshotReader,
  path: (id: string, n: number) => string,
  fromSecond: boolean,
  props: (document: PublicDocument, number: number, titles: TitlesById, manifest: Manifest) => Props,
) {
  const manifest = await snapshot.loadManifest()
  const titles = titlesById(manifest)
  const pages = []
  // From the manifest: listing the pages reads no document (an incremental build reads only the changed ones).
  for (const { id, versionCount: count } of manifest.documents) {
    if (count < 2) continue
    for (let number = fromSecond ? 2 : 1; number <= count; number++) {
      pages.push({
        url: path(id, number),
        params: { id, n: String(number) },
        props: async () => props(await snapshot.loadDocument(id), number, titles, manifest),
      })
    }
  }
  return pages
}

function viewsOf(document: PublicDocument, titles: TitlesById): VersionView[] {
  return versionViews(publicVersionIndex(document), titles)
}

export const versionPages: ItemRoute<VersionParams, VersionPageProps> = (snapshot) =>
  versionedPages(snapshot, versionPath, false, (document, number, titles, manifest) => {
    const versions = viewsOf(document, titles)
    const history = publicHistory(document)
    return {
      documentId: document.id,
      currentTitle: document.title,
      version: versions[number - 1] as VersionView,
      versions,
      body: history.versions[number - 1]?.body ?? [],
      printed: versionPrintings(manifest.issues, document.id, versions).get(number) ?? [],
      gazetteName: manifest.gazette.name,
    }
  })

export const versionChangesPages: ItemRoute<VersionParams, VersionChangesProps> = (snapshot) =>
  versionedPages(snapshot, versionChangesPath, true, (document, number, titles) => {
    const versions = viewsOf(document, titles)
    return {
      documentId: document.id,
      currentTitle: document.title,
      version: versions[number - 1] as VersionView,
      previous: versions[number - 2] as VersionView,
      comparison: compareVersions(publicHistory(document), number - 1, number),
    }
  })
