/**
 * Reading the publication log as a reader does, from its static files alone: the
 * /verify/ page (fetch) and `npm run verify` (fetch or a local folder) both call these
 * with a reader of their own. A file's SHA-256 leads to one lookup shard; each record
 * found is checked (inclusion proof, chain of batch headers, signed head) before the
 * verdict is given, and every failed check is named.
 */
import { verifyFiles } from '../addresses'
import { itemAddress } from './itemAddress'
import type { BatchHeader } from './batches'
import { itemKey, type LoggedItem, type LogEntry } from './entries'
import type { SignedHead } from './head'
import { headSignatureProblems } from './headSignature'
import type { PublicKeys } from './keys'
import { itemLookupKey, type LookupRecord, shardOf } from './lookup'
import { checkRecord } from './checkRecord'
import { batchHeaderSchema, lookupRecordSchema, lookupShardSchema, publicKeysSchema, signedHeadSchema } from './schema'
import { verdict, type VerdictKind } from './verdict'

/** Reads one of the log's files (a path relative to /verify/); null when it does not exist. */
export type LogReader = (relative: string) => Promise<unknown>

export type Verification = {
  kind: VerdictKind
  sentence: string
  entry?: LogEntry
  /** Every entry of the matched item, oldest first. */
  history: LogEntry[]
  /** Checks that failed, in Chinese; a verdict with problems is not to be trusted. */
  problems: string[]
}

type Log = { head: SignedHead; keys: PublicKeys; headers: BatchHeader[] }

async function readLog(read: LogReader): Promise<Log> {
  const [head, keys, headers] = await Promise.all([read(verifyFiles.head), read(verifyFiles.keys), read(verifyFiles.headers)])
  if (head === null || keys === null || headers === null) throw new Error('本站尚无发布日志')
  return {
    head: signedHeadSchema.parse(head),
    keys: publicKeysSchema.parse(keys),
    headers: batchHeaderSchema.array().parse(headers),
  }
}

async function recordsUnder(key: string, read: LogReader): Promise<LookupRecord[]> {
  const shard = await read(verifyFiles.lookup(shardOf(key)))
  if (shard === null) return []
  const seqs = lookupShardSchema.parse(shard)[key] ?? []
  return Promise.all(
    seqs.map(async (seq) => {
      const record = lookupRecordSchema.parse(await read(verifyFiles.entry(seq)))
      if (record.entry.seq !== seq) throw new Error(`日志第 ${seq} 条的记录文件写的是第 ${record.entry.seq} 条`)
      return record
    }),
  )
}

async function checked(records: LookupRecord[], log: Log): Promise<string[]> {
  const problems: string[] = []
  for (const record of records) problems.push(...(await checkRecord(record, log.headers.slice(record.batch - 1), log.head, log.keys)))
  return problems
}

/** What the log says of the file whose SHA-256 is `digest` (a file's hash, or a page's content fingerprint). */
export async function verifyDigest(digest: string, read: LogReader): Promise<Verification> {
  const log = await readLog(read)
  const problems = [...(await headSignatureProblems(log.head, log.keys))]
  const records = await recordsUnder(digest.toLowerCase(), read)
  const byContent = records.filter((record) => record.entry.contentHash === digest.toLowerCase())
  const byFile = records.filter((record) => record.entry.files.some((file) => file.sha256 === digest.toLowerCase()))
  problems.push(...(await checked(records, log)))
  const matched = (byFile[0] ?? byContent[0])?.entry.item
  const history = matched ? await itemHistoryRecords(matched, read) : []
  problems.push(...(await checked(history, log)))
  const entries = history.map((record) => record.entry)
  if (byFile.length === 0 && byContent.length > 0) {
    // A content fingerprint (shown on the item's page) rather than a file's hash.
    const asFiles = byContent.map((record) => ({ ...record, entry: withContentFile(record.entry) }))
    return { ...verdict(digest, asFiles, entries.map(withContentFile), log.headers), history: entries, problems }
  }
  return { ...verdict(digest, byFile, entries, log.headers), history: entries, problems }
}

/** An entry whose content fingerprint stands as one of its files, so the verdict treats a fingerprint as it treats a file. */
function withContentFile(entry: LogEntry): LogEntry {
  return { ...entry, files: [...entry.files, { path: '', sha256: entry.contentHash }] }
}

async function itemHistoryRecords(item: Pick<LoggedItem, 'type' | 'id'>, read: LogReader): Promise<LookupRecord[]> {
  const records = await recordsUnder(await itemLookupKey(item), read)
  return records.filter((record) => itemKey(record.entry.item) === itemKey(item)).sort((a, b) => a.entry.seq - b.entry.seq)
}

/** Every entry of one item, checked. */
export async function itemHistory(
  item: Pick<LoggedItem, 'type' | 'id'>,
  read: LogReader,
): Promise<{ history: LogEntry[]; problems: string[] }> {
  const log = await readLog(read)
  const records = await itemHistoryRecords(item, read)
  const problems = [...(await headSignatureProblems(log.head, log.keys)), ...(await checked(records, log))]
  return { history: records.map((record) => record.entry), problems }
}

/** One line on the log as a whole: its size, its last change (as `formatTime` writes a time) and the key that signed it. */
export async function headSummary(read: LogReader, formatTime: (iso: string) => string = (iso) => iso): Promise<string> {
  const log = await readLog(read)
  const key = log.keys.keys.find((candidate) => candidate.keyId === log.head.keyId)
  const problems = await headSignatureProblems(log.head, log.keys)
  const signature = problems.length === 0 ? '签名有效' : `签名无效（${problems.join('；')}）`
  const keyName = key ? `${key.label}，密钥编号 ${key.keyId}` : `密钥编号 ${log.head.keyId}`
  return `发布日志共 ${log.head.size} 条记录、${log.head.batches} 批，最近更新于 ${formatTime(log.head.time)}；日志头由${keyName}签名，${signature}。`
}

export const KIND_NAMES: Record<LogEntry['kind'], string> = { publish: '发布', update: '更新', correction: '勘误', withdraw: '撤回' }
export const TYPE_NAMES: Record<LoggedItem['type'], string> = { document: '文件', interpretation: '政策解读', issue: '公报期刊' }

/** An entry as lines a reader can follow (no titles: the log holds none; the item's address leads to its page). */
export function describeEntry(entry: LogEntry): string[] {
  return [
    `日志第 ${entry.seq} 条：${KIND_NAMES[entry.kind]}${TYPE_NAMES[entry.item.type]}（${itemAddress(entry.item)}，第 ${entry.version} 版），日期 ${entry.date}`,
    ...entry.files.map((file) => `　${file.path}　SHA-256 ${file.sha256}`),
    `　内容指纹 ${entry.contentHash}`,
  ]
}

/** `?item=document/2022-0012` → the item, or null for anything else. */
export function parseItemParam(value: string | null): Pick<LoggedItem, 'type' | 'id'> | null {
  const match = value?.match(/^(document|interpretation|issue)\/([a-z0-9-]{1,80})$/)
  return match ? { type: match[1] as LoggedItem['type'], id: match[2] as string } : null
}
