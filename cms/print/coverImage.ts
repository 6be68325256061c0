/**
 * The cover image as a data: URL. The print page is offline and cannot load files,
 * so the image travels inside the HTML. The type comes from the file's first bytes,
 * not its name, and anything but a known image type is refused.
 */
import { readFile } from 'node:fs/promises'

const signatures: Array<{ type: string; test: (bytes: Buffer) => boolean }> = [
  { type: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'image/svg+xml', test: (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(b.subarray(0, 1024).toString('utf8')) },
]

export async function coverImageDataUrl(file: string): Promise<string> {
  const bytes = await readFile(file).catch((error: unknown) => {
    throw new Error(`读不到封面图片 ${file}。`, { cause: error })
  })
  const type = signatures.find((signature) => signature.test(bytes))?.type
  if (!type) throw new Error(`封面图片 ${file} 不是 PNG、JPEG、WebP 或 SVG 图片。`)
  return `data:${type};base64,${bytes.toString('base64')}`
}
