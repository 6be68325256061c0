/** /interpretations/<id>/: an interpretation's page. */
import type { GazetteSettings, PublicInterpretation } from '../../../core/snapshot/schema'
import { interpretationPath } from '../../../core/addresses'
import { explainedIssuers } from '../explainedIssuers'
import { type Printed, printedIn } from '../issues/issues'
import type { ItemRoute } from './itemPage'

/** What an interpretation page shows: the interpretation, where it was printed, the issuers of what it explains. */
export type InterpretationPageProps = {
  interpretation: PublicInterpretation
  printed: Printed | null
  /** The 发文机关 of the documents it explains: its issuer search filters. */
  issuers: string[]
  gazette: GazetteSettings
}

export const interpretationPages: ItemRoute<{ id: string }, InterpretationPageProps> = async (snapshot) => {
  const manifest = await snapshot.loadManifest()
  return manifest.interpretations.map(({ id }) => ({
    url: interpretationPath(id),
    params: { id },
    props: async () => {
      const interpretation = await snapshot.loadInterpretation(id)
      return {
        interpretation,
        printed: printedIn(manifest, 'interpretation', id),
        issuers: explainedIssuers(interpretation, manifest.documents),
        gazette: manifest.gazette,
      }
    },
  }))
}
