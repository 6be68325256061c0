/**
 * The signatures a PDF already carries, as far as signing needs to know them: whether
 * there are any (a file signed by someone else must keep their signature valid), and
 * whether the whole file, exactly as it is, is signed with our certificate, so that a
 * PDF published again is not signed a second time. "Ours" is checked, not assumed: the
 * signature must cover every byte of the file, name our certificate, carry the digest
 * of the signed bytes and verify with our public key (RFC 5652 §5.4: the signed
 * attributes are verified as a DER SET OF).
 */
import { createHash, createPublicKey, verify } from 'node:crypto'

import forge from 'node-forge'
import { findByteRange } from '@signpdf/utils'

import { certificateFingerprint, type SigningCertificate } from './pdfCertificate'

/** Whether the PDF has any signature field's byte range (a signature, or a placeholder for one). */
export function hasSignatures(pdf: Buffer): boolean {
  return findByteRange(pdf).byteRangeStrings.length > 0
}

/** Whether the file as a whole is signed with this certificate, and the signature holds. */
export function signedWith(pdf: Buffer, signing: SigningCertificate): boolean {
  // findByteRange returns every range as byteRanges (its typings name only the first, byteRange).
  const found = findByteRange(pdf) as ReturnType<typeof findByteRange> & { byteRanges: string[][] }
  const ranges = found.byteRanges.map((range) => range.map(Number))
  return ranges.some((range) => wholeFileRange(range, pdf.length) && signatureHolds(pdf, range, signing))
}

function wholeFileRange(range: number[], length: number): range is [number, number, number, number] {
  const [start, before, after, rest] = range
  return (
    range.length === 4 && range.every(Number.isSafeInteger) && start === 0 && before! > 0 && after! > before! && after! + rest! === length
  )
}

function signatureHolds(pdf: Buffer, [, before, after, rest]: [number, number, number, number], signing: SigningCertificate): boolean {
  try {
    const contents = pdf.subarray(before, after).toString('latin1')
    if (!/^<[0-9a-fA-F]*>$/.test(contents)) return false
    const der = Buffer.from(contents.slice(1, -1), 'hex').toString('binary')
    // The placeholder is padded with zeros after the signature's DER. (forge 1.x takes
    // options here; its typings still show the old strict flag.)
    const message = forge.pkcs7.messageFromAsn1(
      forge.asn1.fromDer(der, { parseAllBytes: false } as unknown as boolean),
    ) as forge.pkcs7.PkcsSignedData & {
      rawCapture?: { signerInfos?: forge.asn1.Asn1[] }
    }
    const ours = message.certificates.find((cert) => certificateFingerprint(cert) === signing.fingerprint)
    const signerInfos = message.rawCapture?.signerInfos ?? []
    if (!ours || signerInfos.length !== 1) return false
    const parts = signerInfos[0]!.value as forge.asn1.Asn1[]
    const attributes = parts.find((part) => part.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && part.type === 0)
    const signature = parts.find((part, index) => index > 3 && part.type === forge.asn1.Type.OCTETSTRING)
    if (!attributes || !signature || typeof signature.value !== 'string') return false
    const signedBytes = Buffer.concat([pdf.subarray(0, before), pdf.subarray(after, after + rest)])
    const digest = createHash('sha256').update(signedBytes).digest('binary')
    if (messageDigest(attributes) !== digest) return false
    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes.value as forge.asn1.Asn1[])
    const publicKey = createPublicKey(forge.pki.publicKeyToPem(ours.publicKey))
    return verify('sha256', Buffer.from(forge.asn1.toDer(set).getBytes(), 'binary'), publicKey, Buffer.from(signature.value, 'binary'))
  } catch {
    return false
  }
}

/** The message-digest attribute's value (PKCS #9), as forge's binary string. */
function messageDigest(attributes: forge.asn1.Asn1): string | null {
  for (const attribute of attributes.value as forge.asn1.Asn1[]) {
    const [type, values] = attribute.value as forge.asn1.Asn1[]
    if (type && forge.asn1.derToOid(type.value as string) === forge.pki.oids.messageDigest) {
      const value = (values?.value as forge.asn1.Asn1[] | undefined)?.[0]?.value
      return typeof value === 'string' ? value : null
    }
  }
  return null
}
