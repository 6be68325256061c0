/**
 * Reads what the print engine needs from a snapshot folder (manifest.json,
 * documents/*.json, interpretations/*.json), each file checked against the snapshot
 * schema, so a CLI run prints exactly what the site publishes.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { z } from 'zod'

import {
  documentSchema,
  interpretationSchema,
  manifestSchema,
  snapshotPaths,
  type Manifest,
  type PublicDocument,
  type PublicInterpretation,
} from '../../core/snapshot/schema'

export type SnapshotForPrint = {
  manifest: Manifest
  documents: PublicDocument[]
  interpretations: PublicInterpretation[]
}

export async function readSnapshotForPrint(dir: string, withInterpretations: boolean): Promise<SnapshotForPrint> {
  const manifest = await readJson(dir, snapshotPaths.manifest, manifestSchema)
  const documents = await Promise.all(
    manifest.documents.map((summary) => readJson(dir, snapshotPaths.document(summary.id), documentSchema)),
  )
  const interpretations = withInterpretations
    ? await Promise.all(
        manifest.interpretations.map((summary) => readJson(dir, snapshotPaths.interpretation(summary.id), interpretationSchema)),
      )
    : []
  return { manifest, documents, interpretations }
}

async function readJson<T extends z.ZodType>(dir: string, relative: string, schema: T): Promise<z.output<T>> {
  const file = path.join(dir, relative)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`读不到快照文件 ${file}`, { cause: error })
  }
  const parsed = schema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`快照文件 ${file} 不符合快照格式：${parsed.error.message}`)
  return parsed.data
}
