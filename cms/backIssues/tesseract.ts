/**
 * Debian's tesseract (tesseract-ocr with tesseract-ocr-chi-sim, installed by
 * scripts/setup.sh; the language data comes from the package, never downloaded) run on
 * one page image, answering hOCR with character boxes and confidences. One thread per
 * process: on a small machine OpenMP's threads cost more than they give (a 300 dpi A4
 * page: 1.9 s with one, 5.2 s with two on two cores).
 */
import { spawn } from 'node:child_process'

export type TesseractOptions = {
  /** Resolution of the image, so that tesseract sizes its text right. */
  dpi: number
  /** Tesseract language(s); chi_sim unless set. */
  language?: string
  /** Seconds before a page is given up (a page of pure noise can keep tesseract busy for many minutes). */
  timeoutSeconds?: number
}

export class OcrUnavailableError extends Error {
  override name = 'OcrUnavailableError'
}

export const ocrInstallHint =
  '文字识别需要 tesseract：请以 root 运行 apt-get install -y tesseract-ocr tesseract-ocr-chi-sim（scripts/setup.sh 会安装）。'

/** hOCR of the image (PNG, TIFF or JPEG bytes). */
export async function tesseractHocr(image: Buffer, options: TesseractOptions): Promise<string> {
  const args = ['stdin', 'stdout', '-l', options.language ?? 'chi_sim', '--psm', '3', '--dpi', String(Math.round(options.dpi))]
  args.push('-c', 'hocr_char_boxes=1', 'hocr')
  return new Promise((resolve, reject) => {
    const child = spawn('tesseract', args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] })
    const seconds = options.timeoutSeconds ?? 120
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, seconds * 1000)
    const out: Buffer[] = []
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8')
    })
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      reject(error.code === 'ENOENT' ? new OcrUnavailableError(ocrInstallHint) : error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (timedOut) reject(new Error(`识别超过${seconds}秒仍未完成（页面可能只有噪点）`))
      else if (code === 0) resolve(Buffer.concat(out).toString('utf8'))
      else if (/Failed loading language|Error opening data file/u.test(errors)) reject(new OcrUnavailableError(ocrInstallHint))
      else reject(new Error(`tesseract 退出码 ${code}：${errors.trim().split('\n').slice(-2).join(' ')}`))
    })
    // A closed stdin (tesseract failed early) must not crash the process with EPIPE.
    child.stdin.on('error', () => {})
    child.stdin.end(image)
  })
}
