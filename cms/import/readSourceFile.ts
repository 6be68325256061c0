/**
 * Turns one file an office already has into what the extraction rules read: plain text
 * for .txt (UTF-8, or GB18030 as older Chinese systems wrote it) and .docx (Word,
 * through mammoth), a parsed page for .html/.htm (government web pages, through
 * parseHtml). Anything else, or a file that cannot be read, is a clear error.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { ImportSource } from '../../core/import'
import { parseHtml } from './parseHtml'

export const importableExtensions = ['.txt', '.html', '.htm', '.docx'] as const

export class UnreadableFileError extends Error {}

export async function readSourceFile(file: string): Promise<ImportSource> {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    throw new UnreadableFileError(`无法读取文件：${(error as Error).message}`)
  }
  return textFromFile(path.basename(file), bytes)
}

/** The content of a file already in memory (an upload in the admin), by its name's extension. */
export async function textFromFile(name: string, bytes: Buffer): Promise<ImportSource> {
  const extension = path.extname(name).toLowerCase()
  if (bytes.length === 0) throw new UnreadableFileError('文件为空')
  if (extension === '.txt') return decodeText(bytes)
  if (extension === '.html' || extension === '.htm') return parseHtml(decodeText(bytes))
  if (extension === '.docx') return readDocx(bytes)
  // Old Word and WPS files are the likeliest to be in an office's folders, and the fix is one "save as".
  const hint = extension === '.doc' || extension === '.wps' ? '；旧版 Word 或 WPS 文件请另存为 .docx 后再导入' : ''
  throw new UnreadableFileError(`不支持的文件类型“${extension || '无扩展名'}”，可导入 .txt、.html、.htm、.docx${hint}`)
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

async function readDocx(bytes: Buffer): Promise<string> {
  const mammoth = await import('mammoth')
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes })
    if (!value.trim()) throw new UnreadableFileError('Word 文件中没有文字')
    return value
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error
    throw new UnreadableFileError(`无法解析 Word 文件（可能已损坏或不是 .docx 格式）：${(error as Error).message}`)
  }
}
