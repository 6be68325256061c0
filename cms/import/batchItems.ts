/**
 * What one batch import holds, file by file, before anything is imported: uploaded
 * files (the admin), or files, folders and .zip archives named on the command line.
 * A .zip stands for the files inside it, each named by the archive and its path there;
 * a file refused at this stage (too large, an unsafe path, an archive that cannot be
 * read) is an item with its reason, so the report lists it with the rest. Files are
 * read only when the import reaches them.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { ImportLimits } from './importLimits'
import { importMessages } from './importMessages'
import { ImportRefusedError } from './importRefusal'
import { listZip } from './readZip'
import { importableExtensions } from './readSourceFile'

export type BatchItem = { file: string; read: () => Promise<Buffer> } | { file: string; refusal: string }

/** The items, and what frees the archives they are read from once the import is done. */
export type Batch = { items: BatchItem[]; close: () => void }

const isZip = (name: string) => path.extname(name).toLowerCase() === '.zip'

/** Files uploaded in one request; at most `limits.maxFiles` files in all, archives unpacked. */
export async function batchFromUploads(uploads: ReadonlyArray<{ name: string; bytes: Buffer }>, limits: ImportLimits): Promise<Batch> {
  const items: BatchItem[] = []
  const closers: Array<() => void> = []
  const readable = (list: BatchItem[]) => list.filter((item) => 'read' in item).length
  for (const upload of uploads) {
    if (upload.bytes.length > limits.maxBytes) {
      items.push({ file: upload.name, refusal: importMessages.fileTooLarge(upload.bytes.length, limits.maxBytes) })
      continue
    }
    const found = isZip(upload.name)
      ? await zipItems(upload.name, upload.bytes, limits, closers)
      : [{ file: upload.name, read: async () => upload.bytes }]
    if (readable(items) + readable(found) > limits.maxFiles)
      items.push({ file: upload.name, refusal: importMessages.batchTooManyFiles(limits.maxFiles) })
    else items.push(...found)
  }
  return { items, close: () => closers.forEach((close) => close()) }
}

/** Files, folders (every importable file and .zip inside, at any depth) and archives on disk, named as given. */
export async function batchFromPaths(inputs: readonly string[], limits: ImportLimits): Promise<Batch> {
  const items: BatchItem[] = []
  const closers: Array<() => void> = []
  for (const input of inputs) {
    const target = path.resolve(input)
    if (!fs.existsSync(target)) {
      items.push({ file: input, refusal: importMessages.notFound })
      continue
    }
    const files = fs.statSync(target).isDirectory()
      ? filesInFolder(target).map((file) => path.join(input, path.relative(target, file)))
      : [input]
    for (const file of files) {
      const size = fs.statSync(file).size
      // An archive on disk is read in place, so only the files inside it are bounded.
      if (isZip(file)) items.push(...(await zipItems(file, path.resolve(file), limits, closers)))
      else if (size > limits.maxBytes) items.push({ file, refusal: importMessages.fileTooLarge(size, limits.maxBytes) })
      else items.push({ file, read: () => fs.promises.readFile(file) })
    }
  }
  return { items, close: () => closers.forEach((close) => close()) }
}

async function zipItems(label: string, source: Buffer | string, limits: ImportLimits, closers: Array<() => void>): Promise<BatchItem[]> {
  try {
    const listing = await listZip(source, limits)
    closers.push(listing.close)
    if (listing.items.length === 0) return [{ file: label, refusal: importMessages.zipEmpty }]
    return listing.items.map((item) => {
      const file = `${label}/${item.path}`
      return 'read' in item ? { file, read: item.read } : { file, refusal: item.refusal }
    })
  } catch (error) {
    if (error instanceof ImportRefusedError) return [{ file: label, refusal: error.message }]
    throw error
  }
}

function filesInFolder(folder: string): string[] {
  const wanted = new Set<string>([...importableExtensions, '.zip'])
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && wanted.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}
