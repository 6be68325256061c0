/**
 * The site's key: an Ed25519 key that signs the head of the publication log
 * (cms/verify/), so that a reader can tell the log the site serves is the office's.
 * Node's own crypto makes and uses it (OpenSSL's Ed25519; SM2 is not offered because
 * browsers cannot check it without a second implementation).
 *
 * SITE_SIGNING_KEY names a PEM file holding the office's PKCS#8 private key. Unset, a
 * key is generated once into DATA_DIR/signing/site-key.pem (readable only by its owner)
 * and published as a local test key: the site works and can be verified out of the box,
 * and says plainly that its key is not an office's.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir, repoRoot } from '../../core/paths'
import { keyIdOf } from '../../core/verify/head'

export type SiteKey = {
  keyId: string
  /** The raw 32-byte public key. */
  publicKey: Uint8Array
  /** A generated local key, not an office's. */
  test: boolean
  label: string
  sign(message: Uint8Array): Uint8Array
}

export const testSiteKeyFile = () => path.join(dataDir(), 'signing', 'site-key.pem')

export async function siteKey(env: Record<string, string | undefined> = process.env): Promise<SiteKey> {
  const configured = env.SITE_SIGNING_KEY ? path.resolve(repoRoot, env.SITE_SIGNING_KEY) : null
  const file = configured ?? testSiteKeyFile()
  if (!configured && !fs.existsSync(file)) generate(file)
  let privateKey: crypto.KeyObject
  try {
    privateKey = crypto.createPrivateKey(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`无法读取网站签名密钥 ${file}（SITE_SIGNING_KEY）：${(error as Error).message}`, { cause: error })
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`网站签名密钥 ${file} 不是 Ed25519 私钥（SITE_SIGNING_KEY）`)
  const publicKey = rawPublicKey(crypto.createPublicKey(privateKey))
  return {
    keyId: await keyIdOf(publicKey),
    publicKey,
    test: !configured,
    label: configured ? '公报室网站签名密钥' : '本地测试密钥（自动生成，仅供测试，不代表公报室）',
    sign: (message) => new Uint8Array(crypto.sign(null, message, privateKey)),
  }
}

/** A problem with SITE_SIGNING_KEY for `npm start` to refuse with, or null. */
export function siteKeyProblem(env: Record<string, string | undefined> = process.env): string | null {
  if (!env.SITE_SIGNING_KEY) return null
  const file = path.resolve(repoRoot, env.SITE_SIGNING_KEY)
  try {
    const key = crypto.createPrivateKey(fs.readFileSync(file, 'utf8'))
    return key.asymmetricKeyType === 'ed25519' ? null : `SITE_SIGNING_KEY 指向的 ${file} 不是 Ed25519 私钥。`
  } catch {
    return `SITE_SIGNING_KEY 指向的 ${file} 不存在或不是 PEM 格式的私钥。`
  }
}

function generate(file: string): void {
  const { privateKey } = crypto.generateKeyPairSync('ed25519')
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 })
  // A link, not a rename: when two processes generate at once, the first key stays and both use it.
  try {
    fs.linkSync(temporary, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    fs.rmSync(temporary, { force: true })
  }
}

function rawPublicKey(key: crypto.KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' })
  if (!jwk.x) throw new Error('Ed25519 public key without x')
  return new Uint8Array(Buffer.from(jwk.x, 'base64url'))
}
