/**
 * Builds real publication logs for the verify tests: item records as a build would give
 * them, logs of several builds made with the real nextEntries / makeBatch, and Ed25519
 * keys made by node:crypto (as the build signs) whose public half goes to the noble-based
 * checks.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { type Batch, latestEntries, makeBatch } from '../../../core/verify/batches'
import { bytesToBase64 } from '../../../core/verify/digest'
import { entryHash, type ItemRecord, type LoggedItem, nextEntries, ZERO_HASH } from '../../../core/verify/entries'
import { keyIdOf, makeHead, type SignedHead, signHead } from '../../../core/verify/head'
import type { PublicKeys, PublishedKey } from '../../../core/verify/keys'

export const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

/** A record of item `type/id` whose page (and files) hash from `content`, as the build would give it. */
export function record(type: LoggedItem['type'], id: string, content = 'v1', extra: Partial<ItemRecord> = {}): ItemRecord {
  const base = type === 'document' ? `/documents/${id}/` : type === 'interpretation' ? `/interpretations/${id}/` : `/issues/${id}/`
  return {
    item: { type, id },
    date: '2026-12-05',
    decidedBy: 'publisher',
    files: [
      { path: base, sha256: sha(`${type}/${id} page ${content}`) },
      { path: `/files/${id}/附件.pdf`, sha256: sha(`${type}/${id} pdf ${content}`) },
    ],
    contentHash: sha(`${type}/${id} record ${content}`),
    ...extra,
  }
}

/** Document `id` withdrawn on 2026-12-19, its page now the withdrawal notice. */
export function noticeOf(id: string): ItemRecord {
  return record('document', id, 'notice', {
    withdrawn: true,
    date: '2026-12-19',
    files: [{ path: `/documents/${id}/`, sha256: sha(`notice ${id}`) }],
  })
}

export type Build = { records: ItemRecord[]; builtAt: string; date?: string }

/** The log of `builds`, one batch per build that adds entries, made as the build makes it. */
export async function logOf(builds: Build[]): Promise<Batch[]> {
  const batches: Batch[] = []
  for (const build of builds) {
    const last = batches[batches.length - 1]
    const lastEntry = last?.entries[last.entries.length - 1]
    const start = {
      seq: lastEntry ? lastEntry.seq + 1 : 1,
      prev: lastEntry ? await entryHash(lastEntry) : ZERO_HASH,
      date: build.date,
    }
    const entries = await nextEntries(latestEntries(batches), build.records, start)
    if (entries.length > 0) batches.push(await makeBatch(entries, last?.header ?? null, build.builtAt))
  }
  return batches
}

export type TestKey = { publicKey: Uint8Array; keyId: string; sign: (message: Uint8Array) => Uint8Array; published: PublishedKey }

/** A fresh Ed25519 key from node:crypto; its raw public key read from the JWK's x. */
export async function testKey(since = '2026-01-01T00:00:00.000Z', label = '本地测试密钥'): Promise<TestKey> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const raw = new Uint8Array(Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url'))
  const keyId = await keyIdOf(raw)
  return {
    publicKey: raw,
    keyId,
    sign: (message) => new Uint8Array(sign(null, message, privateKey)),
    published: { keyId, algorithm: 'Ed25519', publicKey: bytesToBase64(raw), label, test: true, since },
  }
}

export function keysOf(...keys: TestKey[]): PublicKeys {
  return { keys: keys.map((key) => key.published), rotations: [] }
}

export async function headOf(batches: Batch[], key: TestKey, time = '2026-12-06T08:00:00.000Z'): Promise<SignedHead> {
  return signHead(await makeHead(batches, time, key.keyId), key.sign)
}

/** Four builds: first publication; an update, a new document and an issue's correction; a withdrawal by notice and one by absence; a republication. */
export const FOUR_BUILDS: Build[] = [
  {
    builtAt: '2026-12-05T02:00:00.000Z',
    records: [
      record('document', '1'),
      record('document', '2'),
      record('document', '3'),
      record('interpretation', '1'),
      record('issue', '1', 'v1', { corrections: 0 }),
    ],
  },
  {
    builtAt: '2026-12-10T02:00:00.000Z',
    records: [
      record('document', '1'),
      record('document', '2', 'v2'),
      record('document', '3'),
      record('document', '4'),
      record('interpretation', '1'),
      record('issue', '1', 'v2', { corrections: 1 }),
    ],
  },
  {
    builtAt: '2026-12-20T02:00:00.000Z',
    date: '2026-12-20',
    records: [
      noticeOf('1'),
      record('document', '2', 'v2'),
      record('document', '4'),
      record('interpretation', '1'),
      record('issue', '1', 'v2', { corrections: 1 }),
    ],
  },
  {
    builtAt: '2026-12-30T02:00:00.000Z',
    records: [
      noticeOf('1'),
      record('document', '2', 'v2'),
      record('document', '3', 'v3'),
      record('document', '4'),
      record('interpretation', '1'),
      record('issue', '1', 'v2', { corrections: 1 }),
    ],
  },
]
