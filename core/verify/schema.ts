/**
 * zod schemas of the publication log's static files (issue 20): the build, the CLI and the
 * /verify/ page parse what they read with these before checking it. Objects are strict: a
 * field the format does not have is refused rather than silently dropped, since a dropped
 * field would change what is hashed. Hashes must be lower-case hex, as the log writes them.
 *   /verify/keys.json              publicKeysSchema
 *   /verify/log/head.json          signedHeadSchema
 *   /verify/log/batches/<n>.json   batchFileSchema
 *   /verify/log/lookup/<xx>.json   lookupShardSchema
 *   /verify/log/entries/<seq>.json lookupRecordSchema
 */
import { z } from 'zod'
import type { Batch, BatchHeader } from './batches'
import type { LoggedFile, LoggedItem, LogEntry } from './entries'
import type { SignedHead } from './head'
import type { PublicKeys, PublishedKey, Rotation } from './keys'
import type { LookupRecord } from './lookup'

const hash = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位小写十六进制 SHA-256')
const keyId = z.string().regex(/^[0-9a-f]{16}$/, '应为 16 位小写十六进制公钥标识')
const base64 = z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, '应为 Base64 编码')
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 日期')
const instant = z.iso.datetime({ offset: true })
const count = z.number().int().nonnegative()
const positive = z.number().int().positive()

export const loggedItemSchema: z.ZodType<LoggedItem> = z.strictObject({
  type: z.enum(['document', 'interpretation', 'issue']),
  id: z.string().min(1),
})

export const loggedFileSchema: z.ZodType<LoggedFile> = z.strictObject({ path: z.string().startsWith('/'), sha256: hash })

export const logEntrySchema: z.ZodType<LogEntry> = z.strictObject({
  seq: positive,
  prev: hash,
  kind: z.enum(['publish', 'update', 'correction', 'withdraw']),
  item: loggedItemSchema,
  version: positive,
  date: day,
  decidedBy: z.string().min(1),
  files: z.array(loggedFileSchema),
  contentHash: hash,
  corrections: count.optional(),
})

export const batchHeaderSchema: z.ZodType<BatchHeader> = z.strictObject({
  batch: positive,
  builtAt: instant,
  firstSeq: positive,
  count: positive,
  root: hash,
  lastEntry: hash,
  prev: hash,
})

export const batchFileSchema: z.ZodType<Batch> = z.strictObject({ header: batchHeaderSchema, entries: z.array(logEntrySchema) })

export const signedHeadSchema: z.ZodType<SignedHead> = z.strictObject({
  size: count,
  batches: count,
  lastBatch: hash,
  lastEntry: hash,
  time: instant,
  keyId,
  signature: base64,
})

export const publishedKeySchema: z.ZodType<PublishedKey> = z.strictObject({
  keyId,
  algorithm: z.literal('Ed25519'),
  publicKey: base64,
  label: z.string(),
  test: z.boolean(),
  since: instant,
})

export const rotationSchema: z.ZodType<Rotation> = z.strictObject({
  statement: z.strictObject({ from: keyId, to: keyId, time: instant }),
  signature: base64,
})

export const publicKeysSchema: z.ZodType<PublicKeys> = z.strictObject({
  keys: z.array(publishedKeySchema),
  rotations: z.array(rotationSchema),
})

export const lookupRecordSchema: z.ZodType<LookupRecord> = z.strictObject({
  entry: logEntrySchema,
  batch: positive,
  leaf: count,
  proof: z.array(hash),
})

export const lookupShardSchema: z.ZodType<Record<string, number[]>> = z.record(hash, z.array(positive))
