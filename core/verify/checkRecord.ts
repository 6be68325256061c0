/**
 * Checks one lookup record (issue 20), as the /verify/ page and the CLI do for a file they
 * found in the index, without the whole log: the entry's hash leads by its inclusion proof to
 * its batch's Merkle root; each batch header from the record's batch to the last is chained
 * to the next by hash; the last one is the batch the signed head names; and the head's
 * signature is valid for the published key it names. The reader needs only the record, the
 * headers of its batch and the later ones (/verify/log/batches/<n>.json), head.json and
 * keys.json.
 */
import { batchHash, type BatchHeader } from './batches'
import { entryHash } from './entries'
import type { SignedHead } from './head'
import { headSignatureProblems } from './headSignature'
import type { PublicKeys } from './keys'
import type { LookupRecord } from './lookup'
import { rootFromProof } from './merkle'

/** Problems with the record, in Chinese; [] when it is proven part of the signed log. `headers`: batch record.batch … the last. */
export async function checkRecord(record: LookupRecord, headers: BatchHeader[], head: SignedHead, keys: PublicKeys): Promise<string[]> {
  const problems: string[] = []
  const own = headers[0]
  if (!own || own.batch !== record.batch) return [`缺少第 ${record.batch} 批的批次信息，无法核对此记录。`]
  const hash = await entryHash(record.entry)
  if (record.entry.seq !== own.firstSeq + record.leaf)
    problems.push(`日志第 ${record.entry.seq} 条不在第 ${record.batch} 批的第 ${record.leaf + 1} 个位置上。`)
  if ((await rootFromProof(hash, record.leaf, own.count, record.proof)) !== own.root)
    problems.push(`日志第 ${record.entry.seq} 条的包含证明与第 ${record.batch} 批的默克尔根不符：条目或证明被改动。`)
  if (record.leaf === own.count - 1 && hash !== own.lastEntry)
    problems.push(`日志第 ${record.entry.seq} 条与第 ${record.batch} 批记录的最后一条不符。`)

  for (const [i, header] of headers.entries()) {
    const next = headers[i + 1]
    if (!next) break
    if (next.batch !== header.batch + 1) {
      problems.push(`批次信息不连续：第 ${header.batch} 批之后是第 ${next.batch} 批。`)
      continue
    }
    if ((await batchHash(header)) !== next.prev)
      problems.push(`第 ${header.batch} 批的批次信息与第 ${next.batch} 批记录的哈希不符：批次信息被改动。`)
  }
  const last = headers[headers.length - 1] as BatchHeader
  if (last.batch !== head.batches) problems.push(`日志头共 ${head.batches} 批，但批次信息只到第 ${last.batch} 批。`)
  else if ((await batchHash(last)) !== head.lastBatch)
    problems.push(`第 ${last.batch} 批的批次信息与签名的日志头不符：批次信息或日志头被改动。`)
  problems.push(...(await headSignatureProblems(head, keys)))
  return problems
}
