/**
 * Checks a whole copy of the publication log (issue 20), as the CLI, a mirror or an
 * archive does: every entry's seq and chain, every item's version count, every batch's
 * count, first seq, Merkle root, last entry and chain, and the signed head against all of
 * them. With `keptHead`, a head the checker kept from earlier, it also proves that history
 * was only appended to since: the entry at position keptHead.size hashes to
 * keptHead.lastEntry and batch keptHead.batches to keptHead.lastBatch. Because every entry
 * and batch holds the hash of the one before, an entry removed, changed or reordered before
 * the kept head breaks that match even when the rewritten log is consistent in itself and
 * freshly signed. The published keys are checked by checkKeys (keys.ts).
 */
import { batchHash, type Batch } from './batches'
import { entryHashes, itemKey, type LogEntry, ZERO_HASH } from './entries'
import type { SignedHead } from './head'
import { headSignatureProblems } from './headSignature'
import type { PublicKeys } from './keys'
import { merkleRoot } from './merkle'

function entryName(entry: LogEntry): string {
  return `日志第 ${entry.seq} 条（${itemKey(entry.item)}）`
}

/** Problems with the log, in Chinese; [] when it is whole. */
export async function checkLog(batches: Batch[], head: SignedHead, keys: PublicKeys, keptHead?: SignedHead): Promise<string[]> {
  const problems: string[] = []
  const versions = new Map<string, number>()
  let expectedSeq = 1
  let position = 0
  let previousEntry = ZERO_HASH
  let previousBatch = ZERO_HASH
  let keptEntry: string | undefined
  let keptBatch: string | undefined

  for (const [i, { header, entries }] of batches.entries()) {
    const n = i + 1
    const name = `第 ${n} 批`
    if (header.batch !== n) problems.push(`${name}的批次编号写作 ${header.batch}：批次缺失或顺序被调换。`)
    if (header.prev !== previousBatch)
      problems.push(
        n === 1 ? `${name}的“前一批次哈希”应为全零。` : `${name}的“前一批次哈希”与第 ${n - 1} 批不符：其前的批次被改动、删除或调换。`,
      )
    if (entries.length === 0) problems.push(`${name}没有任何条目。`)
    if (header.count !== entries.length) problems.push(`${name}应有 ${header.count} 条条目，实有 ${entries.length} 条。`)
    if (entries[0] && header.firstSeq !== expectedSeq) problems.push(`${name}的首条序号写作 ${header.firstSeq}，应为 ${expectedSeq}。`)

    const hashes = await entryHashes(entries)
    for (const [j, entry] of entries.entries()) {
      position++
      if (entry.seq !== expectedSeq) problems.push(`${entryName(entry)}的序号不连续：此处应为第 ${expectedSeq} 条，条目缺失或顺序被调换。`)
      if (entry.prev !== previousEntry) problems.push(`${entryName(entry)}记录的前一条目哈希与实际不符：它之前的条目被改动、删除或调换。`)
      const key = itemKey(entry.item)
      const expectedVersion = (versions.get(key) ?? 0) + 1
      if (entry.version !== expectedVersion) problems.push(`${entryName(entry)}的版本号为 ${entry.version}，应为 ${expectedVersion}。`)
      versions.set(key, entry.version)
      previousEntry = hashes[j] as string
      expectedSeq = entry.seq + 1
      if (keptHead && position === keptHead.size) keptEntry = previousEntry
    }
    if ((await merkleRoot(hashes)) !== header.root) problems.push(`${name}的默克尔根与其条目不符：条目被改动、增删或调换了顺序。`)
    if (hashes.length > 0 && header.lastEntry !== previousEntry) problems.push(`${name}记录的最后一条条目哈希与实际不符。`)
    previousBatch = await batchHash(header)
    if (keptHead && n === keptHead.batches) keptBatch = previousBatch
  }

  if (head.size !== position) problems.push(`日志头写明共 ${head.size} 条条目，日志实有 ${position} 条。`)
  if (head.batches !== batches.length) problems.push(`日志头写明共 ${head.batches} 批，日志实有 ${batches.length} 批。`)
  if (head.lastBatch !== previousBatch) problems.push('日志头记录的最后一批哈希与日志的最后一批不符。')
  if (head.lastEntry !== previousEntry) problems.push('日志头记录的最后一条条目哈希与日志的最后一条不符。')
  problems.push(...(await headSignatureProblems(head, keys)))

  if (keptHead) {
    const kept = `保存的日志头（${keptHead.time}，共 ${keptHead.size} 条）`
    problems.push(...(await headSignatureProblems(keptHead, keys, '保存的日志头')))
    if (keptHead.size > position || keptHead.batches > batches.length) {
      problems.push(`现在的日志比${kept}还短：已记录的历史被删除了。`)
    } else {
      if ((keptHead.size === 0 ? ZERO_HASH : keptEntry) !== keptHead.lastEntry)
        problems.push(`现在的日志与${kept}不符：第 ${keptHead.size} 条及之前的历史被改写、删除或调换。`)
      if ((keptHead.batches === 0 ? ZERO_HASH : keptBatch) !== keptHead.lastBatch)
        problems.push(`现在的日志与${kept}不符：第 ${keptHead.batches} 批及之前的批次被改写、删除或调换。`)
    }
  }
  return problems
}
