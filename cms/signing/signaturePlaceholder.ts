/**
 * The empty signature a PDF is given before it is signed, added by
 * @signpdf/placeholder-plain as an incremental update: the signature dictionary (reason,
 * name, location, time), an invisible widget on the first page and the form that lists
 * it are appended, and every byte of the PDF as it was stays where it was.
 *
 * placeholder-plain writes a text string that is not ASCII through Buffer.from(…) as
 * UTF-8 after having encoded it as UTF-16 (vbuch/node-signpdf#174, closed as won't fix),
 * so a Chinese reason or name arrives garbled in every reader. While it runs (it is
 * synchronous, nothing else runs meanwhile) @signpdf/utils' PDFObject writes such a
 * string as a hexadecimal string of UTF-16BE with its byte order mark (PDF 32000-1
 * §7.9.2.2), which passes through Buffer.from unchanged; ASCII strings and every other
 * object are written by the library as before.
 */
import { plainAddPlaceholder } from '@signpdf/placeholder-plain'
import { PDFObject, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils'

export type SignatureFields = {
  reason: string
  /** The signer's name as readers show it beside the certificate's. */
  name: string
  location?: string
  signingTime: Date
  /** Bytes reserved for the signature's DER (the placeholder is twice as many hex digits). */
  signatureLength: number
}

export function addSignaturePlaceholder(pdf: Buffer, fields: SignatureFields): Buffer {
  const convert = PDFObject.convert
  PDFObject.convert = (object: unknown, encryptFn?: unknown) =>
    object instanceof String && /[^\x20-\x7e]/.test(object.valueOf())
      ? unicodeHexString(object.valueOf())
      : convert.call(PDFObject, object, encryptFn)
  try {
    return plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: fields.reason,
      name: fields.name,
      location: fields.location ?? '',
      contactInfo: '',
      signingTime: fields.signingTime,
      signatureLength: fields.signatureLength,
      subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
      appName: 'gongbao',
    })
  } finally {
    PDFObject.convert = convert
  }
}

/** A PDF text string in UTF-16BE with its byte order mark, as a hexadecimal string. */
function unicodeHexString(text: string): string {
  return `<${Buffer.from(`\ufeff${text}`, 'utf16le').swap16().toString('hex')}>`
}
