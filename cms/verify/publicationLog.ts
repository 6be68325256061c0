/**
 * The publication log's step in a build (issue 20): after a build is verified, what it
 * publishes is compared with the log so far and the difference appended as one batch:
 * publications, updates, corrections (勘误) and withdrawals, each with the SHA-256 of
 * every public file it produced. The head is signed with the site's key and the whole
 * log, with its lookup shards, is written into the build's verify/ folder, so it goes
 * live with the build in the same switch and is served, mirrored and archived with it.
 *
 * The log is append-only: a build starts from the log as it was (checked whole first,
 * and refused if it is not) and only adds. An unchanged site adds no batch and keeps the
 * head, so the same publications always give the same entries, whether the build was
 * incremental or full.
 */
import type { Manifest } from '../../core/snapshot/schema'
import { makeBatch, latestEntries } from '../../core/verify/batches'
import { checkLog } from '../../core/verify/checkLog'
import { type ItemRecord, type LogEntry, nextEntries, ZERO_HASH } from '../../core/verify/entries'
import { makeHead, signHead } from '../../core/verify/head'
import { type PublicKeys, rotationStatement, signRotation } from '../../core/verify/keys'
import { bytesToBase64 } from '../../core/verify/digest'
import type { SiteKey } from '../signing/siteKey'
import { hashCache } from './hashCache'
import { loggedItems } from './loggedItems'
import type { StoredLog } from './logFolder'

export type LogStep = {
  /** The log so far, or null for the first build. */
  from: StoredLog | null
  distDir: string
  snapshotDir: string
  manifest: Manifest
  /** When the build was made (ISO): the new batch's and head's time. */
  builtAt: string
  key: SiteKey
  /** The build this one started from, whose hashes (beside it) need not be computed again; none hashes everything. */
  previousDistDir?: string | null
}

export type LoggedBuild = { log: StoredLog; added: LogEntry[] }

export async function logBuild(step: LogStep): Promise<LoggedBuild> {
  const { from, key, builtAt } = step
  if (from) {
    const problems = await checkLog(from.batches, from.head, from.keys)
    if (problems.length > 0)
      throw new Error(
        `发布日志核验未通过，不能在其上追加（日志可能被改动或损坏，请先查明原因；从备份恢复日志，或确认后移走它重新开始——新日志与各镜像保存的旧日志将不再衔接）：\n${problems.slice(0, 10).join('\n')}`,
      )
  }
  const batches = from?.batches ?? []
  const cache = hashCache(step.previousDistDir)
  const items = await loggedItems(step.distDir, step.snapshotDir, step.manifest, cache)
  cache.save(step.distDir)
  const added = await nextEntriesOf(from, items, step.manifest.statusAsOf)
  const nextBatches = added.length > 0 ? [...batches, await makeBatch(added, batches.at(-1)?.header ?? null, builtAt)] : batches
  const keys = withKey(from?.keys ?? null, key, builtAt)
  const unchanged = from !== null && added.length === 0 && from.head.keyId === key.keyId
  const head = unchanged ? from.head : signHead(await makeHead(nextBatches, builtAt, key.keyId), key.sign)
  return { log: { batches: nextBatches, head, keys }, added }
}

/** Withdrawals by absence are dated the day the build is for (its statuses' day): the same for a full and an incremental build. */
function nextEntriesOf(from: StoredLog | null, items: ItemRecord[], day: string): Promise<LogEntry[]> {
  return nextEntries(latestEntries(from?.batches ?? []), items, {
    seq: (from?.head.size ?? 0) + 1,
    prev: from?.head.lastEntry ?? ZERO_HASH,
    date: day,
    decidedBy: 'publisher',
  })
}

/** The published keys with this build's key among them; a new key comes with a statement, signed by it, naming the one it replaces. */
function withKey(keys: PublicKeys | null, key: SiteKey, time: string): PublicKeys {
  const known = keys ?? { keys: [], rotations: [] }
  if (known.keys.some((published) => published.keyId === key.keyId)) return known
  const previous = known.keys.at(-1)
  return {
    keys: [
      ...known.keys,
      { keyId: key.keyId, algorithm: 'Ed25519', publicKey: bytesToBase64(key.publicKey), label: key.label, test: key.test, since: time },
    ],
    rotations: previous
      ? [...known.rotations, signRotation(rotationStatement(previous.keyId, key.keyId, time), key.sign)]
      : known.rotations,
  }
}
