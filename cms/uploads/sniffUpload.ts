/**
 * What a file's bytes say it is, for the upload rule (core/uploads/uploadTypes.ts): the
 * magic numbers as the maintained file-type library reads them (the one Payload uses),
 * plus the one type it does not know, OFD — a ZIP whose root holds OFD.xml. Reads a
 * file on disk in small pieces, never whole, so a large video costs a few reads.
 */
import { open } from 'node:fs/promises'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type/node'

import { OFD_SNIFFED } from '../../core/uploads/uploadTypes'

/** Reads `length` bytes at `position` (fewer at the end), and says how long the whole is. */
type ByteSource = { size: number; read: (position: number, length: number) => Promise<Uint8Array> }

/** The sniffed MIME type of these bytes or this file, or null when nothing is recognised. */
export async function sniffUpload(source: { bytes: Uint8Array } | { path: string }): Promise<string | null> {
  if ('bytes' in source) {
    const detected = await fileTypeFromBuffer(source.bytes).catch(() => undefined)
    if (detected?.mime !== 'application/zip') return detected?.mime ?? null
    const { bytes } = source
    return (await hasOfdRoot({ size: bytes.length, read: async (position, length) => bytes.subarray(position, position + length) }))
      ? OFD_SNIFFED
      : detected.mime
  }
  const detected = await fileTypeFromFile(source.path).catch(() => undefined)
  if (detected?.mime !== 'application/zip') return detected?.mime ?? null
  const handle = await open(source.path, 'r')
  try {
    const { size } = await handle.stat()
    const read = async (position: number, length: number) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position)
      return buffer.subarray(0, bytesRead)
    }
    return (await hasOfdRoot({ size, read })) ? OFD_SNIFFED : detected.mime
  } finally {
    await handle.close()
  }
}

const endOfCentralDirectory = 0x06054b50
const centralDirectoryEntry = 0x02014b50
// The end record is 22 bytes, followed by a comment of at most 65535.
const endRecordSearch = 22 + 0xffff
// A central directory larger than this is not an OFD an office would publish.
const maximumDirectoryBytes = 16 * 1024 * 1024

/** Whether the ZIP's central directory names OFD.xml at the archive's root. */
async function hasOfdRoot(zip: ByteSource): Promise<boolean> {
  const tailStart = Math.max(0, zip.size - endRecordSearch)
  const tail = Buffer.from(await zip.read(tailStart, zip.size - tailStart))
  let end = -1
  for (let index = tail.length - 22; index >= 0; index -= 1) {
    if (tail.readUInt32LE(index) === endOfCentralDirectory) {
      end = index
      break
    }
  }
  if (end < 0) return false
  const entries = tail.readUInt16LE(end + 10)
  const directorySize = tail.readUInt32LE(end + 12)
  const directoryOffset = tail.readUInt32LE(end + 16)
  if (directorySize > maximumDirectoryBytes || directoryOffset + directorySize > zip.size) return false
  const directory = Buffer.from(await zip.read(directoryOffset, directorySize))
  let position = 0
  for (let entry = 0; entry < entries && position + 46 <= directory.length; entry += 1) {
    if (directory.readUInt32LE(position) !== centralDirectoryEntry) return false
    const nameLength = directory.readUInt16LE(position + 28)
    const extraLength = directory.readUInt16LE(position + 30)
    const commentLength = directory.readUInt16LE(position + 32)
    const name = directory.subarray(position + 46, position + 46 + nameLength).toString('utf8')
    if (name === 'OFD.xml') return true
    position += 46 + nameLength + extraLength + commentLength
  }
  return false
}
