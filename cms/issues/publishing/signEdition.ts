/**
 * The signature a published print edition carries (issue #20): every PDF a publication
 * attaches, generated, taken from a proof or uploaded by the office, is signed with the
 * gazette's certificate (cms/signing/) before its pages are read back, so that what the
 * checks read is the file the public downloads. A PDF the issue already published,
 * signed with the same certificate, comes back unchanged and is not stored again.
 */
import { signingCertificate } from '../../signing/pdfCertificate'
import { signPdfOnce, type SignedPdf } from '../../signing/signPdf'

/** 签名原因 in the signature dictionary: what the signed file is. */
export const printSignatureReason = '政府公报印刷版（标准文本）'

export async function signEdition(pdf: Buffer, gazetteName: string): Promise<SignedPdf> {
  try {
    return await signPdfOnce(pdf, { certificate: await signingCertificate(), reason: printSignatureReason, name: gazetteName })
  } catch (error) {
    throw new Error(`印刷版PDF加数字签名失败：${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}

/**
 * The public file name of an issue's print PDF. Payload gives a later edition of the same
 * name a number by counting up the name's trailing digits, so the name must not end in
 * the issue number (gazette-2021-08 would become gazette-2021-9, another issue's name):
 * it ends in a word, and later editions get -1, -2 ….
 */
export function editionFileName(printed: { year: number; issueNumber: number }): string {
  return `gazette-${printed.year}-${String(printed.issueNumber).padStart(2, '0')}-print.pdf`
}
