/**
 * The gazette's settings for the layout every page shares. They are part of the global
 * fingerprint (site/integrations/incremental/globalFingerprint.ts), so an item page shows
 * them without naming them in its props: when they change, every page is rendered again.
 */
import type { GazetteSettings } from '../../core/snapshot/schema'
import { loadManifest } from './snapshot'

export async function loadGazette(): Promise<GazetteSettings> {
  return (await loadManifest()).gazette
}
