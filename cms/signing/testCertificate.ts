/**
 * The local test certificate a fresh install signs with until the office configures its
 * own (SIGNING_CERTIFICATE): self-signed, RSA 2048, valid ten years, its name saying that
 * it is for testing and carries no legal effect, so that nobody mistakes a PDF signed with
 * it for one the office signed. Made once per data folder into DATA_DIR/signing/
 * (test-certificate.p12 and, beside it, the password that opens it; both readable only by
 * the owner), like the generated secrets (cms/secrets.ts).
 *
 * The key pair comes from node's crypto (native, a fraction of a second); node-forge makes
 * the certificate and the PKCS#12 file.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import forge from 'node-forge'

import { dataDir } from '../../core/paths'

export const testCertificateName = 'gongbao 本地测试证书（仅供测试，不具法律效力）'

const validYears = 10

export type TestCertificate = { file: string; p12: Buffer; password: string }

/** The data folder's test certificate, made on first use. */
export async function testCertificate(organization: string): Promise<TestCertificate> {
  const dir = path.join(dataDir(), 'signing')
  const file = path.join(dir, 'test-certificate.p12')
  const passwordFile = path.join(dir, 'test-certificate.password')
  if (!fs.existsSync(passwordFile)) await create(dir, file, passwordFile, organization)
  // Another process that claimed the password file first may still be writing the certificate.
  for (let waited = 0; !fs.existsSync(file); waited += 100) {
    if (waited >= 30_000) throw new Error(`本地测试证书不完整：有 ${passwordFile} 而没有 ${file}。请删除前者后重新启动。`)
    await sleep(100)
  }
  return { file, p12: fs.readFileSync(file), password: fs.readFileSync(passwordFile, 'utf8').trim() }
}

async function create(dir: string, file: string, passwordFile: string, organization: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  const password = randomBytes(24).toString('base64url')
  try {
    // 'wx' fails if another process claimed it first; then theirs is read.
    fs.writeFileSync(passwordFile, `${password}\n`, { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return
    throw error
  }
  const partial = `${file}.${process.pid}.partial`
  fs.writeFileSync(partial, testPkcs12(organization, password), { mode: 0o600 })
  fs.renameSync(partial, file)
}

/** A self-signed signing certificate and its key as a PKCS#12 file. */
export function testPkcs12(organization: string, password: string, now = new Date()): Buffer {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const privateKey = forge.pki.privateKeyFromPem(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())
  const certificate = forge.pki.createCertificate()
  certificate.publicKey = forge.pki.publicKeyFromPem(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString())
  // A positive serial of 16 random bytes (RFC 5280 §4.1.2.2).
  certificate.serialNumber = `01${randomBytes(15).toString('hex')}`
  // An hour back, so that a reader whose clock is a little behind still finds it valid.
  certificate.validity.notBefore = new Date(now.getTime() - 3600_000)
  certificate.validity.notAfter = new Date(now)
  certificate.validity.notAfter.setFullYear(now.getFullYear() + validYears)
  const name = [
    { name: 'commonName', value: testCertificateName, valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'organizationName', value: organization, valueTagClass: forge.asn1.Type.UTF8 },
    // forge's typings call the value's ASN.1 type a class.
  ] as unknown as forge.pki.CertificateField[]
  certificate.setSubject(name)
  certificate.setIssuer(name)
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ])
  certificate.sign(privateKey, forge.md.sha256.create())
  const p12 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], password, {
    algorithm: 'aes256',
    // forge writes the friendly name as given into a BMPString, so it stays ASCII.
    friendlyName: 'gongbao test signing certificate',
  })
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary')
}
