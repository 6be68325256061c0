/**
 * Turns one file an office already has into plain text: .txt (UTF-8, or GB18030 as
 * older Chinese systems wrote it), .html/.htm (government web pages), .docx (Word,
 * through mammoth). Anything else, or a file that cannot be read, is a clear error.
 */
import fs from 'node:fs'
import path from 'node:path'

import { htmlToText } from '../domain/import'

export const importableExtensions = ['.txt', '.html', '.htm', '.docx'] as const

export class UnreadableFileError extends Error {}

export async function readSourceFile(file: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    throw new UnreadableFileError(`无法读取文件：${(error as Error).message}`)
  }
  return textFromFile(path.basename(file), bytes)
}

/** The text of a file already in memory (an upload in the admin), by its name's extension. */
export async function textFromFile(name: string, bytes: Buffer): Promise<string> {
  const extension = path.extname(name).toLowerCase()
  if (bytes.length === 0) throw new UnreadableFileError('文件为空')
  if (extension === '.txt') return decodeText(bytes)
  if (extension === '.html' || extension === '.htm') return htmlToText(decodeText(bytes))
  if (extension === '.docx') return readDocx(bytes)
  throw new UnreadableFileError(`不支持的文件类型“${extension || '无扩展名'}”，可导入 .txt、.html、.docx`)
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
