/**
 * Signed heads and key rotations (core/verify/head.ts, keys.ts): signed as the build signs,
 * with a real Ed25519 key of node:crypto, checked with @noble/curves as the browser checks.
 */
import { createPublicKey, verify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64, hexToBytes, sha256Hex } from '../../../core/verify/digest'
import { signedHeadBytes, keyIdOf, makeHead, signHead, verifySignature } from '../../../core/verify/head'
import { checkKeys, type PublicKeys, rotationStatement, signRotation } from '../../../core/verify/keys'
import { FOUR_BUILDS, logOf, testKey } from './logFixture'

describe('head signatures', () => {
  it('a head signed with node:crypto verifies with noble, and with node:crypto', async () => {
    const key = await testKey()
    const head = signHead(await makeHead(await logOf(FOUR_BUILDS), '2026-12-31T00:00:00.000Z', key.keyId), key.sign)
    const signature = base64ToBytes(head.signature)
    expect(signature).toHaveLength(64)
    expect(verifySignature(signedHeadBytes(head), signature, key.publicKey)).toBe(true)
    const nodeKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key.publicKey).toString('base64url') },
      format: 'jwk',
    })
    expect(verify(null, signedHeadBytes(head), nodeKey, signature)).toBe(true)
  })

  it('signs the canonical JSON of the head without its signature', async () => {
    const key = await testKey()
    const head = signHead({ size: 1, batches: 1, lastBatch: 'b', lastEntry: 'e', time: 't', keyId: key.keyId }, key.sign)
    expect(new TextDecoder().decode(signedHeadBytes(head))).toBe(
      `{"batches":1,"keyId":"${key.keyId}","lastBatch":"b","lastEntry":"e","size":1,"time":"t"}`,
    )
  })

  it('the key id is the first 16 hex of the raw key’s SHA-256; the raw key is the SPKI DER’s last 32 bytes', async () => {
    const key = await testKey()
    expect(key.keyId).toBe((await sha256Hex(key.publicKey)).slice(0, 16))
    const nodeKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key.publicKey).toString('base64url') },
      format: 'jwk',
    })
    expect(new Uint8Array(nodeKey.export({ format: 'der', type: 'spki' }).subarray(-32))).toEqual(key.publicKey)
    expect(await keyIdOf(key.publicKey)).toBe(key.keyId)
  })

  // RFC 8032 §7.1, tests 1 and 2.
  it.each([
    [
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
      '',
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    ],
    [
      '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
      '72',
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    ],
  ])('verifies the RFC 8032 vector of key %s', (publicKey, message, signature) => {
    expect(verifySignature(hexToBytes(message), hexToBytes(signature), hexToBytes(publicKey))).toBe(true)
  })

  it('refuses a changed message, a changed signature, another key, and malformed input', async () => {
    const key = await testKey()
    const other = await testKey()
    const message = new TextEncoder().encode('{"size":1}')
    const signature = key.sign(message)
    const changed = (bytes: Uint8Array, at: number): Uint8Array => bytes.map((byte, i) => (i === at ? byte ^ 1 : byte))
    expect(verifySignature(message, signature, key.publicKey)).toBe(true)
    expect(verifySignature(changed(message, 3), signature, key.publicKey)).toBe(false)
    expect(verifySignature(message, changed(signature, 0), key.publicKey)).toBe(false)
    expect(verifySignature(message, changed(signature, 63), key.publicKey)).toBe(false)
    expect(verifySignature(message, signature, other.publicKey)).toBe(false)
    expect(verifySignature(message, signature.subarray(0, 63), key.publicKey)).toBe(false)
    expect(verifySignature(message, signature, key.publicKey.subarray(0, 31))).toBe(false)
    expect(verifySignature(message, new Uint8Array(64), new Uint8Array(32))).toBe(false)
  })
})

describe('checkKeys', () => {
  async function rotated(): Promise<{
    keys: PublicKeys
    old: Awaited<ReturnType<typeof testKey>>
    fresh: Awaited<ReturnType<typeof testKey>>
  }> {
    const old = await testKey('2026-01-01T00:00:00.000Z', '本地测试密钥')
    const fresh = await testKey('2026-06-01T00:00:00.000Z', '公报编辑部 2026')
    const rotation = signRotation(rotationStatement(old.keyId, fresh.keyId, '2026-06-01T00:00:00.000Z'), fresh.sign)
    return { keys: { keys: [old.published, { ...fresh.published, test: false }], rotations: [rotation] }, old, fresh }
  }

  it('passes keys whose ids match and a rotation signed by the new key', async () => {
    expect(await checkKeys((await rotated()).keys)).toEqual([])
  })

  it.each<[string, (keys: PublicKeys, sign: { old: (m: Uint8Array) => Uint8Array }) => void, string]>([
    [
      'a rotation signed by the old key',
      (keys, { old }) => {
        keys.rotations[0] = signRotation(keys.rotations[0]!.statement, old)
      },
      '签名无效',
    ],
    [
      'a rotation statement changed after signing',
      (keys) => {
        keys.rotations[0]!.statement.time = '2026-05-01T00:00:00.000Z'
      },
      '签名无效',
    ],
    [
      'a rotation signature changed',
      (keys) => {
        const bytes = base64ToBytes(keys.rotations[0]!.signature)
        bytes[10] = bytes[10]! ^ 1
        keys.rotations[0]!.signature = bytesToBase64(bytes)
      },
      '签名无效',
    ],
    [
      'a rotation naming an unknown old key',
      (keys) => {
        keys.rotations[0]!.statement.from = '0123456789abcdef'
      },
      '旧公钥不在公钥列表中',
    ],
    [
      'a rotation naming an unknown new key',
      (keys) => {
        keys.rotations[0]!.statement.to = '0123456789abcdef'
      },
      '新公钥不在公钥列表中',
    ],
    [
      'a key whose id is not its hash',
      (keys) => {
        keys.keys[0]!.keyId = '0123456789abcdef'
      },
      '标识与公钥内容不符',
    ],
    [
      'a key that is not 32 bytes of base64',
      (keys) => {
        keys.keys[0]!.publicKey = 'AAAA'
      },
      '不是 32 字节',
    ],
    [
      'a key listed twice',
      (keys) => {
        keys.keys.push({ ...keys.keys[0]! })
      },
      '不止一次',
    ],
  ])('reports %s', async (_, tamper, expected) => {
    const { keys, old } = await rotated()
    tamper(keys, { old: old.sign })
    const problems = await checkKeys(keys)
    expect(problems.join('\n')).toContain(expected)
  })
})
