/**
 * The PKCS#7 (CMS) detached signature of a PDF's signed byte ranges, made by node-forge
 * for @signpdf/signpdf: SHA-256, with the signing time and every certificate of the file.
 *
 * It does what @signpdf/signer-p12's P12Signer does, with one difference: the signer is
 * named by its certificate's issuer as stored in the certificate. forge 1.4 re-encodes a
 * parsed UTF8String name a second time (x509.js _dnToAsn1), so with P12Signer a
 * certificate whose issuer has a Chinese name (our test certificate; many a Chinese CA)
 * yields a signature no reader can match to its certificate (pdfsig: "Unknown Validation
 * Failure"; vbuch/node-signpdf#89). Here the issuer's text is given back to forge as
 * text, so it writes the same bytes the certificate holds.
 */
import forge from 'node-forge'
import { Signer } from '@signpdf/utils'

import type { SigningCertificate } from './pdfCertificate'

export class CertificateSigner extends Signer {
  constructor(private readonly signing: SigningCertificate) {
    super()
  }

  async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { privateKey, certificate, chain } = this.signing
    const signed = forge.pkcs7.createSignedData()
    signed.content = forge.util.createBuffer(pdfBuffer.toString('binary'))
    for (const cert of chain) signed.addCertificate(cert)
    // forge's typings know only the certificate form of addSigner; issuer and serialNumber are its documented alternative.
    ;(signed.addSigner as (options: unknown) => void)({
      key: privateKey,
      issuer: certificate.issuer.attributes.map((attribute) =>
        isUtf8String(attribute) ? { ...attribute, value: forge.util.decodeUtf8(attribute.value as string) } : attribute,
      ),
      serialNumber: certificate.serialNumber,
      digestAlgorithm: forge.pki.oids.sha256,
      // In this order, as P12Signer and the EU validator (DSS) expect.
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: signingTime ?? new Date() },
        { type: forge.pki.oids.messageDigest },
      ],
    })
    signed.sign({ detached: true })
    return Buffer.from(forge.asn1.toDer(signed.toAsn1()).getBytes(), 'binary')
  }
}

/** forge's typings call a name value's tag a class; it is the ASN.1 type (UTF8String is 12). */
function isUtf8String(attribute: forge.pki.CertificateField): boolean {
  return (attribute.valueTagClass as unknown) === forge.asn1.Type.UTF8
}
