import { loadManifest } from '../snapshot'
import { buildNameIndex, type BuiltNameIndex } from './buildNameIndex'

/** The name index of this build: the search page tells its readers how many shards there are. */
export async function loadNameIndex(): Promise<BuiltNameIndex> {
  return buildNameIndex((await loadManifest()).documents)
}
