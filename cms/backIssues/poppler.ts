/**
 * Runs one of poppler's command-line tools (poppler-utils, which the setup installs: pdftoppm
 * renders scanned pages, pdfimages lists their images) and gives its standard output; a
 * missing tool or a failure is an error in Chinese naming the tool and the page.
 */
import { spawn } from 'node:child_process'

export function runPoppler(tool: 'pdftoppm' | 'pdfimages', args: string[], what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8')
    })
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(`需要 poppler 的 ${tool}：请运行 apt-get install -y poppler-utils。`) : error),
    )
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`${tool} ${what}失败：${errors.trim()}`))))
  })
}
