/**
 * The batch Merkle tree (core/verify/merkle.ts) against RFC 6962 §2.1 written out as its
 * recursive definition with node:crypto: the same root and the same audit path for every
 * leaf of every tree of 1 to 17 leaves (every shape of split up to two full levels), every
 * proof verifying, and a wrong index, leaf, size or proof failing.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inclusionProof, merkleRoot, merkleTree, rootFromProof } from '../../../core/verify/merkle'

const sha256 = (...parts: Buffer[]): Buffer => createHash('sha256').update(Buffer.concat(parts)).digest()
const largestPowerOfTwoBelow = (n: number): number => 2 ** Math.floor(Math.log2(n - 1))

/** MTH(D[n]) of RFC 6962 §2.1, over leaves given as 32-byte hex entry hashes. */
function referenceRoot(leaves: string[]): Buffer {
  if (leaves.length === 0) return sha256()
  if (leaves.length === 1) return sha256(Buffer.from([0]), Buffer.from(leaves[0] as string, 'hex'))
  const k = largestPowerOfTwoBelow(leaves.length)
  return sha256(Buffer.from([1]), referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)))
}

/** PATH(m, D[n]) of RFC 6962 §2.1.1. */
function referencePath(m: number, leaves: string[]): string[] {
  if (leaves.length === 1) return []
  const k = largestPowerOfTwoBelow(leaves.length)
  return m < k
    ? [...referencePath(m, leaves.slice(0, k)), referenceRoot(leaves.slice(k)).toString('hex')]
    : [...referencePath(m - k, leaves.slice(k)), referenceRoot(leaves.slice(0, k)).toString('hex')]
}

const leavesOf = (n: number): string[] => Array.from({ length: n }, (_, i) => createHash('sha256').update(`entry ${i}`).digest('hex'))
const sizes = Array.from({ length: 17 }, (_, i) => i + 1)

describe('merkle tree, RFC 6962', () => {
  it('the root of no leaves is the hash of nothing', async () => {
    expect(await merkleRoot([])).toBe(sha256().toString('hex'))
  })

  it('the root of one leaf is its leaf hash, SHA-256(0x00 || entry hash)', async () => {
    const [leaf] = leavesOf(1) as [string]
    expect(await merkleRoot([leaf])).toBe(sha256(Buffer.from([0]), Buffer.from(leaf, 'hex')).toString('hex'))
  })

  it('two leaves: SHA-256(0x01 || leaf 0 || leaf 1)', async () => {
    const [a, b] = leavesOf(2) as [string, string]
    const leaf = (hex: string): Buffer => sha256(Buffer.from([0]), Buffer.from(hex, 'hex'))
    expect(await merkleRoot([a, b])).toBe(sha256(Buffer.from([1]), leaf(a), leaf(b)).toString('hex'))
  })

  it.each(sizes)('%i leaves: the root and every audit path are RFC 6962’s', async (n) => {
    const leaves = leavesOf(n)
    const tree = await merkleTree(leaves)
    expect(tree.root).toBe(referenceRoot(leaves).toString('hex'))
    expect(await merkleRoot(leaves)).toBe(tree.root)
    for (let m = 0; m < n; m++) {
      expect(tree.proof(m)).toEqual(referencePath(m, leaves))
      expect(await inclusionProof(leaves, m)).toEqual(referencePath(m, leaves))
    }
  })

  it.each(sizes)('%i leaves: every proof leads to the root', async (n) => {
    const leaves = leavesOf(n)
    const tree = await merkleTree(leaves)
    for (let m = 0; m < n; m++) expect(await rootFromProof(leaves[m] as string, m, n, tree.proof(m))).toBe(tree.root)
  })

  it.each(sizes)('%i leaves: a wrong leaf, index, size or proof does not lead to the root', async (n) => {
    const leaves = leavesOf(n)
    const other = leavesOf(n + 1)[n] as string
    const tree = await merkleTree(leaves)
    for (let m = 0; m < n; m++) {
      const proof = tree.proof(m)
      const wrong: Array<[string, string, number, number, string[]]> = [
        ['another leaf', other, m, n, proof],
        ['the leaf with one bit changed', flipLastBit(leaves[m] as string), m, n, proof],
        ['index out of range', leaves[m] as string, n, n, proof],
        ['negative index', leaves[m] as string, -1, n, proof],
        // (A size with the same shape along this path, 3 and 4 for leaf 0, admits the same path: RFC 9162
        // verification binds the size through the root, and the log binds the root and count by signature.)
        ['a size twice as large', leaves[m] as string, m, 2 * n, proof],
        ['a proof with one more hash', leaves[m] as string, m, n, [...proof, other]],
        ['a proof reversed', leaves[m] as string, m, n, proof.length > 1 ? [...proof].reverse() : [other]],
        ['a malformed hash in the proof', leaves[m] as string, m, n, proof.length > 0 ? ['xyz', ...proof.slice(1)] : ['xyz']],
      ]
      if (n > 1) wrong.push(['another index', leaves[m] as string, (m + 1) % n, n, proof])
      if (proof.length > 0) {
        wrong.push(['a proof missing its last hash', leaves[m] as string, m, n, proof.slice(0, -1)])
        wrong.push(['a proof with one changed hash', leaves[m] as string, m, n, [flipLastBit(proof[0] as string), ...proof.slice(1)]])
      }
      for (const [what, leaf, index, size, path] of wrong) {
        expect(await rootFromProof(leaf, index, size, path), `${what}, leaf ${m} of ${n}`).not.toBe(tree.root)
      }
    }
  })

  it('an index outside the tree has no proof', async () => {
    await expect(inclusionProof(leavesOf(3), 3)).rejects.toThrow(RangeError)
  })
})

function flipLastBit(hex: string): string {
  return hex.slice(0, -1) + (parseInt(hex.slice(-1), 16) ^ 1).toString(16)
}
