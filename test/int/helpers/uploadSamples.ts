/**
 * Small real files of each kind the upload rule judges: documents, images, an OFD, and
 * the files it must refuse — among them the attack that found the hole, an XHTML page
 * with a script, saved as .xml.
 */
import sharp from 'sharp'

import { minimalDocx, zip } from './minimalDocx'

/** A one-page PDF with a correct cross-reference table. */
export function minimalPdf(text = 'gongbao'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 20 50 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 20 50 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export function minimalPng(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#a61b1b' } })
    .png()
    .toBuffer()
}

export function minimalJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#a61b1b' } })
    .jpeg()
    .toBuffer()
}

export function minimalWordFile(): Buffer {
  return minimalDocx(['测试市人民政府办公室关于上传附件的通知'])
}

/** An OFD (GB/T 33190): a ZIP with OFD.xml, the entry point, at its root. */
export function minimalOfd(): Buffer {
  return zip({
    'OFD.xml':
      '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0c9f2b8e</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
    'Doc_0/Document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages/></ofd:Document>',
  })
}

/** A ZIP that is not an OFD: OFD.xml only in a folder. */
export function zipWithoutOfdRoot(): Buffer {
  return zip({ 'Doc_0/OFD.xml': '<?xml version="1.0"?><x/>' })
}

/** The reported attack: XHTML, whose script runs when a browser opens it as application/xml. */
export const xhtmlWithScript = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>附件</p><script>console.log("SCRIPT-RAN")</script></body></html>\n',
)
export const htmlWithScript = Buffer.from('<!doctype html><meta charset="utf-8"><p>附件</p><script>console.log("SCRIPT-RAN")</script>\n')
export const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>console.log("SCRIPT-RAN")</script></svg>\n',
)
export const javascript = Buffer.from('console.log("SCRIPT-RAN")\n')
