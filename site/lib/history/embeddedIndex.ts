/**
 * The version index a document page carries for its date form (issue 22): as JSON in an
 * attribute (Astro escapes attribute values), read back and checked with the index's own
 * schema, so the browser resolves a day from exactly what the build wrote.
 */
import { versionIndexSchema, type VersionIndex } from '../../../core/history/versionIndexSchema'

/** The id of the element carrying the index. */
export const VERSION_INDEX_ID = 'version-index'

/** The attribute holding it. */
export const VERSION_INDEX_ATTRIBUTE = 'data-version-index'

export function readEmbeddedIndex(json: string): VersionIndex | null {
  try {
    const parsed = versionIndexSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
