/**
 * A PDF in the shape @signpdf/placeholder-plain can append a signature to: its objects
 * listed in classic cross-reference tables. Chromium's prints (cms/print/htmlToPdf.ts)
 * and many typesetting programs write that shape and pass through unchanged. A PDF whose
 * objects are listed in cross-reference streams or packed into object streams (PDF 1.5
 * and later: Acrobat, Word, pdfTeX …), which placeholder-plain cannot read, is written
 * again by pdf-lib with a classic table: every object kept, its document information
 * untouched, only the file's layout new. A signature already in such a file would not
 * survive that, so it is refused instead; so is an encrypted PDF.
 */
import { PDFDocument } from 'pdf-lib'

import { hasSignatures } from './pdfSignatures'

export class UnsignablePdfError extends Error {}

export async function appendablePdf(pdf: Buffer): Promise<Buffer> {
  const text = pdf.toString('latin1')
  if (!text.startsWith('%PDF-')) throw new UnsignablePdfError('文件不是PDF。')
  if (/\/Encrypt\b/.test(trailers(text))) throw new UnsignablePdfError('PDF已加密：请上传未加密的PDF。')
  if (classicTables(text)) return pdf
  if (hasSignatures(pdf))
    throw new UnsignablePdfError(
      'PDF已带有他人的数字签名，且采用交叉引用流结构，追加本公报的签名会使原签名失效：请上传未签名的PDF，或以传统交叉引用表导出后再签名。',
    )
  let document: PDFDocument
  try {
    document = await PDFDocument.load(pdf, { updateMetadata: false })
  } catch (error) {
    throw new UnsignablePdfError(`无法读取PDF的结构（${error instanceof Error ? error.message : String(error)}）。`)
  }
  return Buffer.from(await document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }))
}

/** Every trailer dictionary and cross-reference stream dictionary, where /Encrypt would be named. */
function trailers(text: string): string {
  return [...text.matchAll(/trailer\s*<<[\s\S]*?>>|\/Type\s*\/XRef\b[\s\S]{0,400}/g)].map((match) => match[0]).join('\n')
}

/** Whether the last cross-reference section and every earlier one it names are classic tables, with no object streams. */
function classicTables(text: string): boolean {
  if (/\/Type\s*\/(?:ObjStm|XRef)\b|\/XRefStm\b/.test(text)) return false
  // placeholder-plain takes a file that ends with its %%EOF line (and at most one line break).
  const start = /startxref\s+(\d+)\s*[\r\n]%%EOF(?:\r\n|\r|\n)?$/.exec(text)
  if (!start?.[1]) return false
  const seen = new Set<number>()
  for (let at: number | null = Number(start[1]); at !== null;) {
    if (seen.has(at) || !/^\s*xref\b/.test(text.slice(at, at + 32))) return false
    seen.add(at)
    const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(at))
    if (!trailer?.[1]) return false
    const previous = /\/Prev\s+(\d+)/.exec(trailer[1])
    at = previous?.[1] ? Number(previous[1]) : null
  }
  return true
}
