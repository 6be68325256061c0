/**
 * The site's public keys, published at /verify/keys.json (issue 20): every key that has
 * signed a head, and the rotations between them. A rotation is a statement naming the old
 * key and the new one, signed by the new key (`to`) over the canonical JSON of the
 * statement; checkKeys verifies each key's id and each rotation's signature. Key material
 * is never read here: signing goes through a callback, as for heads (head.ts).
 */
import { canonicalJson } from './canonicalJson'
import { base64ToBytes, bytesToBase64, utf8 } from './digest'
import { keyIdOf, verifySignature } from './head'

export type PublishedKey = {
  keyId: string
  algorithm: 'Ed25519'
  /** Base64 of the raw 32-byte public key. */
  publicKey: string
  label: string
  /** A generated local test key, not the office's own. */
  test: boolean
  /** ISO time from which it signs. */
  since: string
}

export type RotationStatement = { from: string; to: string; time: string }

export type Rotation = { statement: RotationStatement; signature: string /* base64, by the `to` key over canonicalJson(statement) */ }

export type PublicKeys = { keys: PublishedKey[]; rotations: Rotation[] }

/** The statement that key `from` is replaced by key `to` (key ids) at `time` (ISO). */
export function rotationStatement(from: string, to: string, time: string): RotationStatement {
  return { from, to, time }
}

/** The bytes a rotation's signature is over. */
export function signedRotationBytes(statement: RotationStatement): Uint8Array {
  const { from, to, time } = statement
  return utf8(canonicalJson({ from, to, time }))
}

/** The rotation, signed by `sign` with the new (`to`) key's private key. */
export function signRotation(statement: RotationStatement, sign: (message: Uint8Array) => Uint8Array): Rotation {
  const { from, to, time } = statement
  return { statement: { from, to, time }, signature: bytesToBase64(sign(signedRotationBytes(statement))) }
}

/** The raw public key of `keyId` in `keys`, or null when it is not there or not 32 bytes of base64. */
export function publicKeyOf(keys: PublicKeys, keyId: string): Uint8Array | null {
  const key = keys.keys.find((candidate) => candidate.keyId === keyId)
  return key ? rawKey(key.publicKey) : null
}

function rawKey(base64: string): Uint8Array | null {
  try {
    const bytes = base64ToBytes(base64)
    return bytes.length === 32 ? bytes : null
  } catch {
    return null
  }
}

/** Problems with the published keys, in Chinese; [] when every key and rotation holds. */
export async function checkKeys(keys: PublicKeys): Promise<string[]> {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const key of keys.keys) {
    if (seen.has(key.keyId)) problems.push(`公钥 ${key.keyId} 在公钥列表中出现了不止一次。`)
    seen.add(key.keyId)
    if (key.algorithm !== 'Ed25519') problems.push(`公钥 ${key.keyId} 的算法“${String(key.algorithm)}”不是 Ed25519。`)
    const bytes = rawKey(key.publicKey)
    if (!bytes) problems.push(`公钥 ${key.keyId} 不是 32 字节的 Base64 编码公钥。`)
    else if ((await keyIdOf(bytes)) !== key.keyId)
      problems.push(`公钥 ${key.keyId} 的标识与公钥内容不符（应为公钥 SHA-256 的前 16 位十六进制）。`)
  }
  for (const [i, rotation] of keys.rotations.entries()) {
    const { from, to } = rotation.statement
    const name = `第 ${i + 1} 条密钥轮换声明（${from} → ${to}）`
    if (from === to) problems.push(`${name}的新旧公钥相同。`)
    if (!keys.keys.some((key) => key.keyId === from)) problems.push(`${name}所称的旧公钥不在公钥列表中。`)
    const toKey = publicKeyOf(keys, to)
    if (!toKey) {
      problems.push(`${name}所称的新公钥不在公钥列表中，无法核对其签名。`)
      continue
    }
    let signature: Uint8Array
    try {
      signature = base64ToBytes(rotation.signature)
    } catch {
      problems.push(`${name}的签名不是 Base64 编码。`)
      continue
    }
    if (!verifySignature(signedRotationBytes(rotation.statement), signature, toKey))
      problems.push(`${name}的签名无效：它不是由新公钥签署的。`)
  }
  return problems
}
