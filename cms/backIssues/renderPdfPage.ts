/**
 * One page of a PDF as a grey image, by poppler's pdftoppm (poppler-utils, which the setup
 * already installs for pdfsig): how an image-only page of a scanned issue reaches OCR, and
 * how a page is shown for proofreading. For OCR the page is written as uncompressed TIFF:
 * pdftoppm took 4 to 7 s to compress a noisy scanned page into PNG and 0.2 s to write it as
 * TIFF. TIFF goes through a file, since libtiff cannot write into a pipe; PNG (for the
 * browser) comes on stdout.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

export async function renderPdfPage(file: string, page: number, dpi: number, format: 'png' | 'tiff' = 'png'): Promise<Buffer> {
  const pages = ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page)]
  if (format === 'png') return pdftoppm([...pages, '-png', file], page)
  const dir = await mkdtemp(path.join(tmpdir(), 'gongbao-page-'))
  try {
    const root = path.join(dir, 'page')
    await pdftoppm([...pages, '-tiff', '-tiffcompression', 'none', '-singlefile', file, root], page)
    return await readFile(`${root}.tif`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function pdftoppm(args: string[], page: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdftoppm', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8')
    })
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error('需要 poppler 的 pdftoppm：请运行 apt-get install -y poppler-utils。') : error),
    )
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`pdftoppm 第${page}页失败：${errors.trim()}`)),
    )
  })
}
