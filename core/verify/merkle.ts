/**
 * The Merkle tree of one batch of the publication log (issue 20): RFC 6962 §2.1 exactly
 * (Certificate Transparency), over the batch's entry hashes in seq order.
 *   leaf = SHA-256(0x00 || the 32 bytes of the entry hash)
 *   node = SHA-256(0x01 || left || right), n leaves split at the largest power of two < n
 *   the root of no leaves is SHA-256 of nothing; of one leaf, its leaf hash
 * An inclusion proof is RFC 6962's audit path (hex hashes, bottom-up), checked with the
 * algorithm of RFC 9162 §2.1.3.2.
 *
 * Why our own few dozen lines and not a library: the tree must be computed identically in
 * Node (the build, the CLI) and in a reader's browser (/verify/) on Web Crypto, whose digest
 * is async; general-purpose Merkle packages hash synchronously (with a hash function passed
 * in or bundled) and typically default to other trees (sorted pairs, a duplicated odd leaf,
 * no 0x00/0x01 prefixes). Keeping to RFC 6962's exact definition lets a third party
 * recompute any root and proof with standard Certificate Transparency tooling.
 *
 * The tree is built level by level (pairs of adjacent nodes; an odd last node is carried up
 * unchanged), which yields exactly RFC 6962's tree; every proof is then read off the stored
 * levels, so proving every leaf of a batch of 30,000 costs one tree, not one per proof.
 */
import { bytesToHex, hexToBytes, sha256Bytes, sha256Many } from './digest'

const LEAF_PREFIX = 0x00
const NODE_PREFIX = 0x01

function prefixed(prefix: number, ...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(1 + parts.reduce((sum, part) => sum + part.length, 0))
  bytes[0] = prefix
  let at = 1
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return bytes
}

/** RFC 6962 leaf hash of one entry hash (hex). */
export async function leafHash(entryHash: string): Promise<Uint8Array> {
  return sha256Bytes(prefixed(LEAF_PREFIX, hexToBytes(entryHash)))
}

function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  return sha256Bytes(prefixed(NODE_PREFIX, left, right))
}

/** A batch's tree: its root, and the audit path of any leaf read off the levels it keeps. */
export type MerkleTree = { size: number; root: string; proof(index: number): string[] }

/** Builds the tree of `leaves` (entry hashes, hex) once; `proof(i)` reads leaf i's audit path off it. */
export async function merkleTree(leaves: string[]): Promise<MerkleTree> {
  // levels[0]: the leaf hashes; each next level: pairs hashed, an odd last node carried up; the last: the root.
  const levels: Uint8Array[][] = [await sha256Many(leaves.map((leaf) => prefixed(LEAF_PREFIX, hexToBytes(leaf))))]
  for (let level = levels[0] as Uint8Array[]; level.length > 1;) {
    const pairs: Uint8Array[] = []
    for (let i = 0; i + 1 < level.length; i += 2) pairs.push(prefixed(NODE_PREFIX, level[i] as Uint8Array, level[i + 1] as Uint8Array))
    const next = await sha256Many(pairs)
    if (level.length % 2 === 1) next.push(level[level.length - 1] as Uint8Array)
    levels.push((level = next))
  }
  const hexLevels = levels.map((level) => level.map(bytesToHex))
  const root = hexLevels[hexLevels.length - 1]?.[0] ?? bytesToHex(await sha256Bytes(new Uint8Array(0)))
  return {
    size: leaves.length,
    root,
    proof(index: number): string[] {
      if (!Number.isInteger(index) || index < 0 || index >= leaves.length) throw new RangeError('inclusionProof: index out of range')
      const path: string[] = []
      for (let depth = 0, i = index; depth < hexLevels.length - 1; depth++, i >>= 1) {
        const sibling = (hexLevels[depth] as string[])[i ^ 1]
        if (sibling) path.push(sibling)
      }
      return path
    },
  }
}

/** RFC 6962 Merkle tree hash of the entry hashes (hex), as hex. */
export async function merkleRoot(leaves: string[]): Promise<string> {
  return (await merkleTree(leaves)).root
}

/** RFC 6962 audit path of leaf `index` (0-based) among `leaves`; throws a RangeError for an index outside them. */
export async function inclusionProof(leaves: string[], index: number): Promise<string[]> {
  return (await merkleTree(leaves)).proof(index)
}

/**
 * The root that `proof` leads to from `leaf` (an entry hash, hex) at `index` in a tree of
 * `size` leaves (RFC 9162 §2.1.3.2). Returns '' — never equal to a root — when the proof
 * cannot belong to such a tree: index out of range, too few or too many hashes, or a hash
 * that is not 32 bytes of hex. Compare the result with the batch header's root.
 */
export async function rootFromProof(leaf: string, index: number, size: number, proof: string[]): Promise<string> {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return ''
  if (!/^[0-9a-f]{64}$/i.test(leaf) || !proof.every((hash) => /^[0-9a-f]{64}$/i.test(hash))) return ''
  let fn = index
  let sn = size - 1
  let r = await leafHash(leaf)
  for (const hash of proof) {
    if (sn === 0) return ''
    const p = hexToBytes(hash)
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r)
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2)
        sn = Math.floor(sn / 2)
      }
    } else {
      r = await nodeHash(r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 ? bytesToHex(r) : ''
}
