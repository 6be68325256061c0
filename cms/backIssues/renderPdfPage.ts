/**
 * One page of a PDF as a grey image, by poppler's pdftoppm: how an image-only page of a
 * scanned issue reaches OCR, and how a page is shown for proofreading. For OCR the page is
 * written as uncompressed TIFF: pdftoppm took 4 to 7 s to compress a noisy scanned page into
 * PNG and 0.2 s to write it as TIFF. TIFF goes through a file, since libtiff cannot write
 * into a pipe; PNG (for the browser) comes on stdout.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { runPoppler } from './poppler'

export async function renderPdfPage(file: string, page: number, dpi: number, format: 'png' | 'tiff' = 'png'): Promise<Buffer> {
  const pages = ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page)]
  const what = `第${page}页`
  if (format === 'png') return runPoppler('pdftoppm', [...pages, '-png', file], what)
  const dir = await mkdtemp(path.join(tmpdir(), 'gongbao-page-'))
  try {
    const root = path.join(dir, 'page')
    await runPoppler('pdftoppm', [...pages, '-tiff', '-tiffcompression', 'none', '-singlefile', file, root], what)
    return await readFile(`${root}.tif`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
