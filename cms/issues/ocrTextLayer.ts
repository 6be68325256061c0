/**
 * The text of a scanned print PDF, as OCR read it at import, kept beside the upload. A scan
 * has no text layer, so the sync check (cms/issues/uploadedPrintCheck.ts) would find
 * no title on any page; it reads these page texts instead for the pages without text. Keyed
 * by the SHA-256 of the uploaded bytes, the file the office gave, so the check finds them for
 * the upload and, at publication, for the signed copy made from it. Written whole or not at
 * all (a temporary file renamed), under <DATA_DIR>/ocr-text/.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { dataDir } from '../../core/paths'

const textPath = (bytes: Uint8Array) => path.join(dataDir(), 'ocr-text', `${createHash('sha256').update(bytes).digest('hex')}.json`)

/** Keeps the page texts OCR read from this PDF (index 0 is page 1). */
export async function storeOcrText(bytes: Uint8Array, pageTexts: readonly string[]): Promise<void> {
  const target = textPath(bytes)
  await mkdir(path.dirname(target), { recursive: true })
  const partial = `${target}.${process.pid}.tmp`
  await writeFile(partial, JSON.stringify({ pageTexts }))
  await rename(partial, target)
}

/** The page texts OCR read from this PDF at import, or null when it was never read so (or the file is unreadable). */
export async function storedOcrText(bytes: Uint8Array): Promise<string[] | null> {
  try {
    const { pageTexts } = JSON.parse(await readFile(textPath(bytes), 'utf8')) as { pageTexts?: unknown }
    return Array.isArray(pageTexts) && pageTexts.every((text) => typeof text === 'string') ? pageTexts : null
  } catch {
    return null
  }
}
