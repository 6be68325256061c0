/**
 * The 60-page back issue of the admin's import test (adminBackIssue.test.ts), as committed
 * in test/fixtures/backIssues/ (printed by scripts/fixtures/writeSixtyPageIssue.ts), and
 * the same issue as a scan (simulatedScan.ts at the given dpi), its page images bound into
 * an image-only PDF.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'

import { simulateScan } from '../../../scripts/bench/backIssues/simulatedScan'

const fixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'backIssues')

/** The committed text PDF: its path, its pages (counted in the PDF) and its entries (written beside it when printed). */
export async function sixtyPageIssue(): Promise<{ pdf: string; pages: number; entries: number }> {
  const pdf = path.join(fixtures, 'sixty-page-issue.pdf')
  const { entries } = JSON.parse(await readFile(path.join(fixtures, 'sixty-page-issue.json'), 'utf8')) as { entries: number }
  return { pdf, pages: (await PDFDocument.load(await readFile(pdf))).getPageCount(), entries }
}

/** The text PDF as a scanner gives it (turned, noise, JPEG), bound into a PDF of image-only pages. */
export async function scannedCopy(textPdf: string, dir: string, dpi: number): Promise<string> {
  const images = await simulateScan(textPdf, path.join(dir, `scan-${dpi}`), { dpi })
  const pdf = await PDFDocument.create()
  for (const file of images) {
    const image = await pdf.embedJpg(await readFile(file))
    const page = pdf.addPage([(image.width * 72) / dpi, (image.height * 72) / dpi])
    page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() })
  }
  const out = path.join(dir, `back-issue-scan-${dpi}.pdf`)
  await writeFile(out, await pdf.save())
  return out
}
