/**
 * The resolution scans are recognised at (cms/backIssues/prepareScan.ts, OCR_DPI), on a
 * real scanned line: a line of the sample issue printed by gongbao's print engine,
 * rendered at 300 dpi, turned, speckled and saved as JPEG as the benchmark's simulated
 * scans are (test/fixtures/backIssues/README.md). A page finer than tesseract reads best
 * is brought down to 200 dpi before recognition and still reads right; a coarser one is
 * read as it is.
 */
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ocrPage } from '../../cms/backIssues/ocrPage'
import { atOcrResolution, OCR_DPI, prepareScan } from '../../cms/backIssues/prepareScan'

const line = path.resolve('test/fixtures/backIssues/scan-300dpi-line.jpg')

describe('the resolution a scan is recognised at', () => {
  it('brings a 300 dpi scan down to 200 dpi, and leaves a 200 dpi one as it is', async () => {
    const prepared = await prepareScan(line)
    expect(prepared.density).toBe(300)
    const reduced = await atOcrResolution(prepared, 300)
    expect(reduced.dpi).toBe(OCR_DPI)
    expect(reduced.width).toBe(Math.round((prepared.width * 200) / 300))
    const kept = await atOcrResolution(prepared, 200)
    expect(kept).toMatchObject({ dpi: 200, width: prepared.width })
    expect(kept.image).toBe(prepared.image)
  })

  it('reads the line right at the reduced resolution', async () => {
    const page = await ocrPage(line, { page: 1 })
    expect(page.dpi).toBe(OCR_DPI)
    const text = page.lines
      .map((l) => l.text)
      .join('')
      .replace(/\s+/gu, '')
      .normalize('NFKC')
    expect(text).toContain('本部门的重点工作,在政府门户网站和本部门网')
  }, 60_000)
})
