/**
 * The files of a .zip (through yauzl), listed first from its central directory without
 * unpacking anything, then unpacked one at a time as the import reaches each: memory
 * holds one file, never the archive's contents. Every file is bounded by what it really
 * unpacks to, not by the size the archive claims: a file that claims little and unpacks
 * to more is cut off and refused. Refusals are per file (an unsafe path, encryption, an
 * odd compression method, too large, a .zip inside); the whole archive is refused only
 * when it cannot be read or holds more files than one import may.
 */
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'

import type { ImportLimits } from './importLimits'
import { importMessages } from './importMessages'
import { ImportRefusedError } from './importRefusal'
import { classifyEntryPath, decodeEntryName } from './zipEntryPath'

export type ZipItem = { path: string; read: () => Promise<Buffer> } | { path: string; refusal: string }

export type ZipListing = { items: ZipItem[]; close: () => void }

/** `source`: the archive's bytes (an upload) or its path on disk (the command line). */
export async function listZip(source: Buffer | string, limits: ImportLimits): Promise<ZipListing> {
  // Sizes are checked here, file by file, so that one bad file does not end the listing.
  const options = { decodeStrings: false, validateEntrySizes: false, autoClose: false }
  let zip: yauzl.ZipFile
  try {
    zip = typeof source === 'string' ? await yauzl.openPromise(source, options) : await yauzl.fromBufferPromise(source, options)
  } catch {
    throw new ImportRefusedError(importMessages.notAZip)
  }
  const close = () => zip.close()
  const items: ZipItem[] = []
  let files = 0
  try {
    for await (const entry of zip.eachEntry()) {
      const judged = classifyEntryPath(decodeEntryName(entry))
      if (judged.kind === 'skipped') continue
      files += 1
      if (files > limits.maxFiles) throw new ImportRefusedError(importMessages.zipTooManyFiles(limits.maxFiles))
      const refusal = judged.kind === 'unsafe' ? importMessages.zipUnsafePath : refusalBeforeReading(entry, judged.path, limits)
      items.push(refusal ? { path: judged.path, refusal } : { path: judged.path, read: () => readEntry(zip, entry, limits.maxBytes) })
    }
  } catch (error) {
    close()
    throw error instanceof ImportRefusedError ? error : new ImportRefusedError(importMessages.notAZip)
  }
  return { items, close }
}

function refusalBeforeReading(entry: yauzl.Entry, path: string, limits: ImportLimits): string | null {
  if (/\.zip$/i.test(path)) return importMessages.nestedZip
  if (entry.isEncrypted()) return importMessages.zipEncrypted
  if (!entry.canDecodeFileData()) return importMessages.zipUnsupportedMethod
  if (entry.uncompressedSize > limits.maxBytes) return importMessages.zipUnpackedTooLarge(entry.uncompressedSize, limits.maxBytes)
  return null
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<Buffer> {
  let stream: Readable
  try {
    stream = await zip.openReadStreamPromise(entry)
  } catch {
    throw new ImportRefusedError(importMessages.zipCorrupt)
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    // Leaving the loop early destroys the stream: nothing past the limit is unpacked.
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > entry.uncompressedSize || size > maxBytes) throw new ImportRefusedError(importMessages.zipSizeMismatch)
      chunks.push(chunk)
    }
  } catch (error) {
    throw error instanceof ImportRefusedError ? error : new ImportRefusedError(importMessages.zipCorrupt)
  }
  if (size !== entry.uncompressedSize) throw new ImportRefusedError(importMessages.zipSizeMismatch)
  return Buffer.concat(chunks)
}
