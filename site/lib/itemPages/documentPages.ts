/**
 * /documents/<id>/: a published document's page, or the notice at a withdrawn document's
 * address (readers who saved or cited it learn what happened instead of meeting a 404).
 */
import type { GazetteSettings, PublicDocument } from '../../../core/snapshot/schema'
import { documentPath } from '../../../core/addresses'
import { type Printed, printedIn } from '../issues/issues'
import { withdrawnNotices, type WithdrawnNotice } from '../withdrawn'
import type { ItemRoute } from './itemPage'

/** What a document page shows: the document (its relations and interpretations included), where it was printed. */
export type DocumentPageProps = {
  document: PublicDocument
  printed: Printed | null
  gazette: GazetteSettings
}

export type DocumentRouteProps = ({ page: 'document' } & DocumentPageProps) | { page: 'withdrawn'; notice: WithdrawnNotice }

export const documentPages: ItemRoute<{ id: string }, DocumentRouteProps> = async (snapshot) => {
  const manifest = await snapshot.loadManifest()
  return [
    ...manifest.documents.map(({ id }) => ({
      url: documentPath(id),
      params: { id },
      props: async (): Promise<DocumentRouteProps> => ({
        page: 'document',
        document: await snapshot.loadDocument(id),
        printed: printedIn(manifest, 'document', id),
        gazette: manifest.gazette,
      }),
    })),
    ...withdrawnNotices(manifest).map((notice) => ({
      url: documentPath(notice.id),
      params: { id: notice.id },
      props: async (): Promise<DocumentRouteProps> => ({ page: 'withdrawn', notice }),
    })),
  ]
}
