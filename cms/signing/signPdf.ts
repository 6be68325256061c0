/**
 * Signs a print PDF with a standard PDF signature that pdfsig (poppler), Acrobat and
 * other readers validate: a PKCS#7 detached signature (SHA-256, RSA) over the whole file
 * but the signature itself, with the signing time as a signed attribute and in the
 * signature dictionary, the reason and the signer's name.
 *
 * SubFilter adbe.pkcs7.detached, not ETSI.CAdES.detached: pdfsig validates both, but
 * ETSI.CAdES.detached (PAdES) requires the ESS signing-certificate-v2 attribute
 * (ETSI EN 319 122-1 §5.2.2.3), which node-forge cannot add; claiming PAdES without it
 * would make a strict validator (EU DSS) reject the signature.
 *
 * The libraries do the encoding: @signpdf/placeholder-plain appends the empty signature
 * (signaturePlaceholder.ts), @signpdf/signpdf computes the byte ranges and puts the
 * signature in, node-forge writes the PKCS#7 (certificateSigner.ts), and pdf-lib rewrites
 * a PDF with cross-reference streams first (appendablePdf.ts). A PDF that is already, as
 * a whole, signed with the same certificate is returned as it is, never signed twice.
 */
import { SignPdf } from '@signpdf/signpdf'
import forge from 'node-forge'

import { appendablePdf } from './appendablePdf'
import { CertificateSigner } from './certificateSigner'
import type { SigningCertificate } from './pdfCertificate'
import { signedWith } from './pdfSignatures'
import { addSignaturePlaceholder } from './signaturePlaceholder'

export type SignPdfOptions = {
  certificate: SigningCertificate
  /** 签名原因, e.g. 政府公报印刷版（标准文本）. */
  reason: string
  /** The signer as readers list it: the gazette's name. */
  name: string
  location?: string
  /** Now, unless given. */
  signingTime?: Date
}

export type SignedPdf = {
  pdf: Buffer
  /** False when the PDF was already signed with this certificate and is returned unchanged. */
  signed: boolean
}

export async function signPdf(pdf: Buffer, options: SignPdfOptions): Promise<Buffer> {
  return (await signPdfOnce(pdf, options)).pdf
}

/** signPdf, saying whether it signed or found the PDF signed already. */
export async function signPdfOnce(pdf: Buffer, options: SignPdfOptions): Promise<SignedPdf> {
  const { certificate } = options
  if (signedWith(pdf, certificate)) return { pdf, signed: false }
  const signingTime = options.signingTime ?? new Date()
  const prepared = addSignaturePlaceholder(await appendablePdf(pdf), {
    reason: options.reason,
    name: options.name,
    location: options.location,
    signingTime,
    signatureLength: signatureLength(certificate),
  })
  return { pdf: await new SignPdf().sign(prepared, new CertificateSigner(certificate), signingTime), signed: true }
}

/** Room for the PKCS#7: the certificates it carries, the signature and attributes, and a margin. */
function signatureLength(certificate: SigningCertificate): number {
  const certificates = certificate.chain.reduce((total, cert) => total + forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).length(), 0)
  return Math.max(8192, certificates + 4096)
}
