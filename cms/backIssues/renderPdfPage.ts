/**
 * One page of a PDF as a grey PNG, by poppler's pdftoppm (poppler-utils, which the setup
 * already installs for pdfsig): how an image-only page of a scanned issue reaches OCR.
 */
import { spawn } from 'node:child_process'

export async function renderPdfPage(file: string, page: number, dpi: number): Promise<Buffer> {
  const args = ['-r', String(dpi), '-gray', '-png', '-f', String(page), '-l', String(page), file]
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
