import { join } from 'node:path'

import { z } from 'zod'

import {
  documentSchema,
  interpretationSchema,
  manifestSchema,
  snapshotPaths,
  type Manifest,
  type PublicDocument,
  type PublicInterpretation,
} from '../../core/snapshot/schema'
import { boundedReadFile } from './boundedReadFile'
import { rememberRecordText } from './snapshotRecordDigests'

/**
 * Reads one snapshot folder; every file is parsed with its zod schema and kept for the pages
 * that read it again. A reader `forFingerprints` keeps nothing (30,000 parsed documents held
 * at once cost more in garbage collection than reading one twice) and remembers the digest
 * of each file's text (./snapshotRecordDigests.ts), which a rendering build has no use for.
 */
export interface SnapshotReader {
  loadManifest(): Promise<Manifest>
  loadDocument(id: string): Promise<PublicDocument>
  loadInterpretation(id: string): Promise<PublicInterpretation>
}

export function createSnapshotReader(root: string, { forFingerprints = false } = {}): SnapshotReader {
  const read = <T extends z.ZodType>(relative: string, schema: T) => readValidated(root, relative, schema, forFingerprints)
  // Promises are cached, not values, so pages rendered in parallel share one read.
  let manifest: Promise<Manifest> | undefined
  const documents = new Map<string, Promise<PublicDocument>>()
  const interpretations = new Map<string, Promise<PublicInterpretation>>()

  const loadManifest = () => (manifest ??= read(snapshotPaths.manifest, manifestSchema))

  const loadDocument = (id: string) => cached(documents, id, snapshotPaths.document(id), documentSchema)

  const loadInterpretation = (id: string) => cached(interpretations, id, snapshotPaths.interpretation(id), interpretationSchema)

  // The file name is the page address; a mismatch would publish a page under the wrong id.
  function cached<T extends { id: string }>(
    cache: Map<string, Promise<T>>,
    id: string,
    relative: string,
    schema: z.ZodType<T, unknown>,
  ): Promise<T> {
    let item = cache.get(id)
    if (!item) {
      item = read(relative, schema).then((parsed) => {
        if (parsed.id !== id) throw new SnapshotError(`Snapshot file ${join(root, relative)} holds "${parsed.id}", not "${id}".`)
        return parsed
      })
      if (!forFingerprints) cache.set(id, item)
    }
    return item
  }

  return { loadManifest, loadDocument, loadInterpretation }
}

/** Thrown when a snapshot file is missing, not JSON, or not what the schema says. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

async function readValidated<T extends z.ZodType>(root: string, relative: string, schema: T, digest: boolean): Promise<z.output<T>> {
  const file = join(root, relative)
  let text: string
  try {
    text = await boundedReadFile(file)
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
  // Only objects can stand for their file in a fingerprint; every snapshot file holds one.
  return digest && typeof result.data === 'object' && result.data !== null ? rememberRecordText(result.data, text) : result.data
}
