import { loadManifest } from '../snapshot'
import { buildNameIndex, type BuiltNameIndex } from './buildNameIndex'

let built: Promise<BuiltNameIndex> | undefined

/** The name index of this build, computed once: the search page tells its readers how many shards there are. */
export function loadNameIndex(): Promise<BuiltNameIndex> {
  built ??= loadManifest().then(({ documents }) => buildNameIndex(documents))
  return built
}
