/**
 * The signed head of the publication log (issue 20): its size, its last batch and last
 * entry, signed with the site's Ed25519 key. A reader who keeps a copy of a head can later
 * prove any rewrite of the history before it (checkLog's keptHead).
 *
 * Signing happens where the private key is (Node, a KeyObject) through a callback, so this
 * module never sees a key; verification uses @noble/curves, so that it works in every
 * browser, including those whose Web Crypto has no Ed25519. The signed bytes are the UTF-8
 * of the canonical JSON of the head without its signature.
 */
import { ed25519 } from '@noble/curves/ed25519.js'
import { batchHash, type Batch } from './batches'
import { canonicalJson } from './canonicalJson'
import { bytesToBase64, sha256Hex, utf8 } from './digest'
import { entryHash, ZERO_HASH } from './entries'

export type Head = {
  /** Number of entries. */
  size: number
  /** Number of batches. */
  batches: number
  /** batchHash of the last batch's header. */
  lastBatch: string
  /** entryHash of the last entry. */
  lastEntry: string
  /** ISO time. */
  time: string
  /** keyIdOf the signing key's public key. */
  keyId: string
}

export type SignedHead = Head & { signature: string /* base64 Ed25519 signature over signedHeadBytes(head) */ }

/** The head of the log made of `batches` (an empty log: size 0 and zero hashes). */
export async function makeHead(batches: Batch[], time: string, keyId: string): Promise<Head> {
  const last = batches[batches.length - 1]
  const lastEntry = last?.entries[last.entries.length - 1]
  return {
    size: batches.reduce((sum, batch) => sum + batch.entries.length, 0),
    batches: batches.length,
    lastBatch: last ? await batchHash(last.header) : ZERO_HASH,
    lastEntry: lastEntry ? await entryHash(lastEntry) : ZERO_HASH,
    time,
    keyId,
  }
}

/** The bytes a head's signature is over: UTF-8 of the canonical JSON of its fields, the signature left out. */
export function signedHeadBytes(head: Head): Uint8Array {
  const { size, batches, lastBatch, lastEntry, time, keyId } = head
  return utf8(canonicalJson({ size, batches, lastBatch, lastEntry, time, keyId }))
}

/** The head signed by `sign` (e.g. `(m) => crypto.sign(null, m, privateKey)` in Node). */
export function signHead(head: Head, sign: (message: Uint8Array) => Uint8Array): SignedHead {
  const { size, batches, lastBatch, lastEntry, time, keyId } = head
  return { size, batches, lastBatch, lastEntry, time, keyId, signature: bytesToBase64(sign(signedHeadBytes(head))) }
}

/** First 16 hex characters of the SHA-256 of the raw 32-byte Ed25519 public key. */
export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  return (await sha256Hex(publicKey)).slice(0, 16)
}

/** True when `signature` is a valid Ed25519 signature of `message` by `publicKey` (raw 32 bytes); false for anything malformed. */
export function verifySignature(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    // Strict RFC 8032 checks (zip215: false): non-canonical encodings, which Node (OpenSSL) never produces, are refused.
    return ed25519.verify(signature, message, publicKey, { zip215: false })
  } catch {
    return false
  }
}
