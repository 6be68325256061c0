/**
 * The certificate that signs the gazette's print PDFs: the office's own PKCS#12 file
 * (SIGNING_CERTIFICATE, a path absolute or relative to the repository, opened with
 * SIGNING_CERTIFICATE_PASSWORD), or else a local test certificate generated once into
 * the data folder and labelled as such in its name (testCertificate.ts). A file that is
 * missing, unreadable, opened with the wrong password, out of its validity period or
 * holding no RSA key with its certificate is refused in Chinese; `npm start` refuses
 * before it prepares anything (scripts/start.ts).
 *
 * node-forge reads the file and signs (RSA only: an SM2 key cannot be used here).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import forge from 'node-forge'

import { dataDir, repoRoot } from '../../core/paths'
import { pipelineSettings } from '../../core/settings'
import { testCertificate } from './testCertificate'

export type SigningCertificate = {
  privateKey: forge.pki.rsa.PrivateKey
  /** The signer's certificate: the one whose public key matches the private key. */
  certificate: forge.pki.Certificate
  /** Every certificate in the file, the signer's first; all of them go into each signature. */
  chain: forge.pki.Certificate[]
  /** SHA-256 of the signer's certificate (DER), hex: how a signature is recognised as ours. */
  fingerprint: string
  commonName: string
  file: string
  /** The generated local test certificate, not an office's own. */
  test: boolean
}

export class SigningCertificateError extends Error {}

const loaded = new Map<string, Promise<SigningCertificate>>()

/** The configured certificate, or the local test certificate; read once per process. */
export function signingCertificate(env: Record<string, string | undefined> = process.env): Promise<SigningCertificate> {
  const setting = env.SIGNING_CERTIFICATE?.trim()
  const key = setting ? `file\0${path.resolve(repoRoot, setting)}\0${env.SIGNING_CERTIFICATE_PASSWORD ?? ''}` : `test\0${dataDir()}`
  let certificate = loaded.get(key)
  if (!certificate) {
    certificate = loadCertificate(setting, env)
    // A refusal is not kept: the operator may fix the file without restarting a test run.
    certificate.catch(() => loaded.delete(key))
    loaded.set(key, certificate)
  }
  return certificate
}

async function loadCertificate(setting: string | undefined, env: Record<string, string | undefined>): Promise<SigningCertificate> {
  if (!setting) {
    if (env.SIGNING_CERTIFICATE_PASSWORD)
      throw new SigningCertificateError('设置了 SIGNING_CERTIFICATE_PASSWORD，但没有设置 SIGNING_CERTIFICATE（证书文件的路径）。')
    const generated = await testCertificate(pipelineSettings(env).gazetteName)
    return readPkcs12(generated.p12, generated.password, { file: generated.file, test: true })
  }
  const file = path.resolve(repoRoot, setting)
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new SigningCertificateError(`SIGNING_CERTIFICATE 指向的文件不存在：${file}`)
  return readPkcs12(fs.readFileSync(file), env.SIGNING_CERTIFICATE_PASSWORD ?? '', { file, test: false })
}

/** Opens a PKCS#12 file and picks the signer's key and certificate; every problem is a SigningCertificateError. */
export function readPkcs12(p12: Buffer, password: string, source: { file: string; test: boolean }, now = new Date()): SigningCertificate {
  const { file } = source
  let store: forge.pkcs12.Pkcs12Pfx
  try {
    store = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, password)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (/Invalid password|MAC could not be verified/i.test(reason))
      throw new SigningCertificateError(`SIGNING_CERTIFICATE_PASSWORD 与证书文件不符（密码错误）：${file}`)
    throw new SigningCertificateError(`SIGNING_CERTIFICATE 不是可读取的 PKCS#12（.p12/.pfx）证书文件：${file}（${reason}）`)
  }
  const keys = [oid('pkcs8ShroudedKeyBag'), oid('keyBag')].flatMap((bagType) => store.getBags({ bagType })[bagType] ?? [])
  const privateKey = keys.map((bag) => bag.key).find((key): key is forge.pki.rsa.PrivateKey => Boolean(key && 'n' in key))
  if (!privateKey) throw new SigningCertificateError(`证书文件中没有可用的 RSA 私钥（目前只支持 RSA 密钥，SM2 密钥暂不支持）：${file}`)
  const certBag = oid('certBag')
  const certificates = (store.getBags({ bagType: certBag })[certBag] ?? []).flatMap((bag) => (bag.cert ? [bag.cert] : []))
  const certificate = certificates.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey
    return publicKey.n?.equals(privateKey.n) && publicKey.e?.equals(privateKey.e)
  })
  if (!certificate) throw new SigningCertificateError(`证书文件中没有与私钥对应的证书：${file}`)
  const { notBefore, notAfter } = certificate.validity
  if (now > notAfter) throw new SigningCertificateError(`签名证书已过期（有效期至 ${notAfter.toISOString()}）：${file}`)
  if (now < notBefore) throw new SigningCertificateError(`签名证书尚未生效（自 ${notBefore.toISOString()} 起有效）：${file}`)
  return {
    privateKey,
    certificate,
    chain: [certificate, ...certificates.filter((cert) => cert !== certificate)],
    fingerprint: certificateFingerprint(certificate),
    commonName: attributeText(certificate.subject.getField('CN')) ?? '',
    file,
    test: source.test,
  }
}

function oid(name: string): string {
  const known = forge.pki.oids[name]
  if (!known) throw new Error(`node-forge knows no OID named ${name}`)
  return known
}

/** SHA-256 of a certificate's DER, hex. */
export function certificateFingerprint(certificate: forge.pki.Certificate): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes()
  return createHash('sha256').update(Buffer.from(der, 'binary')).digest('hex')
}

/** A name attribute as text: forge keeps a UTF8String's or BMPString's raw bytes. */
export function attributeText(attribute: { value?: unknown; valueTagClass?: unknown } | null | undefined): string | null {
  if (!attribute || typeof attribute.value !== 'string') return null
  const bytes = Buffer.from(attribute.value, 'binary')
  if (attribute.valueTagClass === forge.asn1.Type.UTF8) return bytes.toString('utf8')
  if (attribute.valueTagClass === forge.asn1.Type.BMPSTRING) return Buffer.from(bytes).swap16().toString('utf16le')
  return attribute.value
}
