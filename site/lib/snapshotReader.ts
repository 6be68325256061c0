import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { z } from 'zod'

import {
  documentSchema,
  manifestSchema,
  snapshotPaths,
  type Manifest,
  type PublicDocument,
} from '../../cms/snapshot/schema'

/** Reads one snapshot folder; every file is parsed with its zod schema and cached. */
export interface SnapshotReader {
  loadManifest(): Promise<Manifest>
  loadDocument(id: string): Promise<PublicDocument>
  loadAllDocuments(): Promise<PublicDocument[]>
}

export function createSnapshotReader(root: string): SnapshotReader {
  // Promises are cached, not values, so pages rendered in parallel share one read.
  let manifest: Promise<Manifest> | undefined
  const documents = new Map<string, Promise<PublicDocument>>()

  const loadManifest = () => (manifest ??= readValidated(root, snapshotPaths.manifest, manifestSchema))

  const loadDocument = (id: string) => {
    let document = documents.get(id)
    if (!document) {
      document = readValidated(root, snapshotPaths.document(id), documentSchema).then((parsed) =>
        assertId(parsed, id, root),
      )
      documents.set(id, document)
    }
    return document
  }

  const loadAllDocuments = async () => {
    const { documents: summaries } = await loadManifest()
    return Promise.all(summaries.map((summary) => loadDocument(summary.id)))
  }

  return { loadManifest, loadDocument, loadAllDocuments }
}

/** Thrown when a snapshot file is missing, not JSON, or not what the schema says. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

async function readValidated<T extends z.ZodType>(root: string, relative: string, schema: T): Promise<z.output<T>> {
  const file = join(root, relative)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new SnapshotError(`Cannot read snapshot file ${file} (set SNAPSHOT_DIR to the snapshot folder).`, {
      cause: error,
    })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new SnapshotError(`Snapshot file ${file} is not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  const result = schema.safeParse(json)
  if (!result.success) {
    throw new SnapshotError(`Snapshot file ${file} does not match the schema:\n${z.prettifyError(result.error)}`)
  }
  return result.data
}

// The file name is the page address; a mismatch would publish a page under the wrong id.
function assertId(document: PublicDocument, id: string, root: string): PublicDocument {
  if (document.id !== id) {
    throw new SnapshotError(`Snapshot file ${join(root, snapshotPaths.document(id))} holds document "${document.id}".`)
  }
  return document
}
