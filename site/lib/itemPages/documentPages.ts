/**
 * /documents/<id>/: a published document's page, or the notice at a withdrawn document's
 * address (readers who saved or cited it learn what happened instead of meeting a 404).
 */
import type { GazetteSettings, PublicDocument } from '../../../core/snapshot/schema'
import { documentPath } from '../../../core/addresses'
import { type Printed, printedIn } from '../issues/issues'
import { withdrawnNotices, type WithdrawnNotice } from '../withdrawn'
import type { ItemRoute } from './itemPage'
import { publicVersionIndex } from '../../../core/snapshot/publicHistory'
import type { VersionIndex } from '../../../core/history/versionIndexSchema'
import { versionViews, type VersionView } from '../history/versionView'
import { titlesById } from './versionPages'

/** What a document page shows: the document (its relations and interpretations included), where it was printed. */
export type DocumentPageProps = {
  document: PublicDocument
  printed: Printed | null
  gazette: GazetteSettings
  /** Its versions (issue 22): one for a document never amended. */
  versions: VersionView[]
  /** The index the date form resolves a day with in the browser. */
  versionIndex: VersionIndex
}

export type DocumentRouteProps = ({ page: 'document' } & DocumentPageProps) | { page: 'withdrawn'; notice: WithdrawnNotice }

export const documentPages: ItemRoute<{ id: string }, DocumentRouteProps> = async (snapshot) => {
  const manifest = await snapshot.loadManifest()
  const titles = titlesById(manifest)
  return [
    ...manifest.documents.map(({ id }) => ({
      url: documentPath(id),
      params: { id },
      props: async (): Promise<DocumentRouteProps> => {
        const document = await snapshot.loadDocument(id)
        const versionIndex = publicVersionIndex(document)
        return {
          page: 'document',
          document,
          printed: printedIn(manifest, 'document', id),
          gazette: manifest.gazette,
          versions: versionViews(versionIndex, titles),
          versionIndex,
        }
      },
    })),
    ...withdrawnNotices(manifest).map((notice) => ({
      url: documentPath(notice.id),
      params: { id: notice.id },
      props: async (): Promise<DocumentRouteProps> => ({ page: 'withdrawn', notice }),
    })),
  ]
}
