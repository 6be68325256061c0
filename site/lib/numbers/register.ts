import { loadManifest } from '../snapshot'
import { numberEntries } from './entries'
import type { NumberEntry } from './entry'

let entries: Promise<NumberEntry[]> | undefined

/** Every addressable number in the snapshot, read once per build for all /numbers/ pages. */
export function loadNumberEntries(): Promise<NumberEntry[]> {
  entries ??= loadManifest().then(({ documents }) => numberEntries(documents))
  return entries
}
