/**
 * The publication log on disk. A log folder has the layout the site serves under
 * /verify/ (core/addresses.ts verifyFiles): keys.json, log/head.json and one file per
 * batch under log/batches/, plus the lookup shards the verify page reads. The same layout
 * is the log's home outside the builds (SITE_ROOT/log), so a site folder's verify/ can be
 * read as a log, copied, archived or mirrored as it is.
 *
 * Every file is written beside its place and renamed into it; the head last, so a
 * reader (or a crash) never sees a head naming a batch that is not there.
 */
import fs from 'node:fs'
import path from 'node:path'

import { verifyFiles } from '../../core/addresses'
import type { Batch } from '../../core/verify/batches'
import type { SignedHead } from '../../core/verify/head'
import type { PublicKeys } from '../../core/verify/keys'
import type { LookupRecord } from '../../core/verify/lookup'
import { batchFileSchema, publicKeysSchema, signedHeadSchema } from '../../core/verify/schema'

export type StoredLog = { batches: Batch[]; head: SignedHead; keys: PublicKeys }

/** The log kept in `dir`, or null when there is none yet (no head). A damaged file throws, in Chinese. */
export function readLogFolder(dir: string): StoredLog | null {
  const headFile = path.join(dir, verifyFiles.head)
  if (!fs.existsSync(headFile)) return null
  const read = (relative: string): unknown => {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, relative), 'utf8'))
    } catch (error) {
      throw new Error(`发布日志文件 ${path.join(dir, relative)} 无法读取：${(error as Error).message}`, { cause: error })
    }
  }
  const head = parse(signedHeadSchema, read(verifyFiles.head), verifyFiles.head)
  const keys = parse(publicKeysSchema, read(verifyFiles.keys), verifyFiles.keys)
  const batches: Batch[] = []
  for (let n = 1; n <= head.batches; n++) batches.push(parse(batchFileSchema, read(verifyFiles.batch(n)), verifyFiles.batch(n)))
  return { batches, head, keys }
}

/** The lookup index as served: shards of pointers, and the entry records (with proofs) not yet written. */
export type LookupFiles = { shards: Map<string, Record<string, number[]>>; records: LookupRecord[] }

/**
 * Writes the log into `dir`: batches and entry records only where missing (they never
 * change once written), then the shards when given, the headers, the keys and the head.
 */
export function writeLogFolder(dir: string, log: StoredLog, lookup?: LookupFiles): void {
  const write = (relative: string, value: unknown) => {
    const target = path.join(dir, relative)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const temporary = `${target}.${process.pid}.tmp`
    fs.writeFileSync(temporary, JSON.stringify(value))
    fs.renameSync(temporary, target)
  }
  for (const batch of log.batches) {
    const relative = verifyFiles.batch(batch.header.batch)
    if (!fs.existsSync(path.join(dir, relative))) write(relative, batch)
  }
  if (lookup) {
    for (const record of lookup.records) {
      const relative = verifyFiles.entry(record.entry.seq)
      if (!fs.existsSync(path.join(dir, relative))) write(relative, record)
    }
    for (const [shard, keys] of lookup.shards) write(verifyFiles.lookup(shard), keys)
  }
  write(
    verifyFiles.headers,
    log.batches.map((batch) => batch.header),
  )
  write(verifyFiles.keys, log.keys)
  write(verifyFiles.head, log.head)
}

function parse<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: Error } },
  value: unknown,
  name: string,
): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new Error(`发布日志文件 ${name} 格式不对：${result.error.message.slice(0, 200)}`)
  return result.data
}

/**
 * Links the files that never change (batches and entry records of the first `size`
 * entries) from one log folder into another, where missing; a copy where a link cannot
 * be made (another file system).
 */
export function linkImmutable(from: string, to: string, log: StoredLog, size: number): void {
  const relatives = [
    ...log.batches
      .filter((batch) => batch.header.firstSeq + batch.header.count - 1 <= size)
      .map((batch) => verifyFiles.batch(batch.header.batch)),
    ...Array.from({ length: size }, (_, i) => verifyFiles.entry(i + 1)),
  ]
  for (const relative of relatives) {
    const [source, destination] = [path.join(from, relative), path.join(to, relative)]
    if (!fs.existsSync(source) || fs.existsSync(destination)) continue
    fs.mkdirSync(path.dirname(destination), { recursive: true })
    try {
      fs.linkSync(source, destination)
    } catch {
      fs.copyFileSync(source, destination)
    }
  }
}
