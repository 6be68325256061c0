/**
 * The pages of a printed issue as positioned text, from whatever the office has: a PDF
 * with a text layer (read directly), a scanned PDF (each image-only page rendered by
 * pdftoppm and recognised; so is a page whose text layer reads as noise), a PDF that mixes
 * both, or a folder of page images (TIFF, multi-page TIFF included, PNG, JPEG), read in
 * the natural order of their names. A page that cannot be read is listed with the reason;
 * the others go on. Pages are recognised side by side (OCR_CONCURRENCY, default one per
 * core, at most four): tesseract runs one thread per page (tesseract.ts), so on two cores
 * two pages at a time read a scanned issue 1.5 times as fast (docs/benchmarks.md).
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { pageNoise, type PageText } from '../../core/backIssues'
import { runConcurrently } from '../../core/runConcurrently'
import { ocrPage } from './ocrPage'
import { readPdfTextPages } from './pdfTextPages'
import { renderPdfPage } from './renderPdfPage'
import { OcrUnavailableError } from './tesseract'

export type IssuePagesKind = 'text-pdf' | 'scanned-pdf' | 'mixed-pdf' | 'images'

export type IssuePages = {
  kind: IssuePagesKind
  pages: PageText[]
  /** Pages that could not be read, with the reason (Chinese). */
  unread: Array<{ page: number; reason: string }>
  /** Skew corrected on each recognised page, in degrees. */
  skews: Map<number, number>
}

export type IssuePagesOptions = {
  /** Resolution scanned PDF pages are rendered at; 300 unless set. */
  dpi?: number
  /** Recognise every page, even those with a text layer. */
  forceOcr?: boolean
  language?: string
  minConfidence?: number
  /** Pages recognised at once; OCR_CONCURRENCY, else one per core (at most four). */
  concurrency?: number
  /** Called after each page with the pages done and the total. */
  onPage?: (done: number, total: number, page: number, ocr: boolean) => void
}

const IMAGE_EXTENSIONS = new Set(['.tif', '.tiff', '.png', '.jpg', '.jpeg'])

export async function readIssuePages(input: string, options: IssuePagesOptions = {}): Promise<IssuePages> {
  const info = await stat(input)
  if (info.isDirectory()) return readImages(await imageFiles(input), options)
  const bytes = await readFile(input)
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return readPdfPages(input, bytes, options)
  if (IMAGE_EXTENSIONS.has(path.extname(input).toLowerCase())) return readImages([input], options)
  throw new Error(`无法识别的文件：${input}（请给出PDF文件或页面图片所在的文件夹）。`)
}

/** The page images of a folder, in the natural order of their names (page2 before page10). */
export async function imageFiles(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => !name.startsWith('.') && IMAGE_EXTENSIONS.has(path.extname(name).toLowerCase()))
  names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  return names.map((name) => path.join(folder, name))
}

async function readPdfPages(file: string, bytes: Buffer, options: IssuePagesOptions): Promise<IssuePages> {
  const text = await readPdfTextPages(new Uint8Array(bytes))
  const dpi = options.dpi ?? 300
  // Pages without text, and pages whose text layer reads as noise (fonts that map to no
  // real characters): OCR reads what is printed on them instead.
  const garbled = text.pages.filter((page) => page.lines.length > 0 && pageNoise(page).noise).map((page) => page.page)
  const toRecognise = options.forceOcr ? text.pages.map((page) => page.page) : [...text.imagePages, ...garbled].sort((a, b) => a - b)
  const pages = [...text.pages]
  const unread: IssuePages['unread'] = []
  const skews = new Map<number, number>()
  let done = 0
  const total = text.pages.length
  for (const page of text.pages) {
    if (toRecognise.includes(page.page)) continue
    options.onPage?.(++done, total, page.page, false)
  }
  const recognise = async (number: number) => {
    try {
      const image = await renderPdfPage(file, number, dpi)
      const read = await ocrPage(image, { page: number, dpi, ...ocrSettings(options) })
      skews.set(number, read.skew)
      pages[number - 1] = { page: number, width: read.width, height: read.height, lines: read.lines, ocr: true, ...confidence(read) }
    } catch (error) {
      if (error instanceof OcrUnavailableError) throw error
      unread.push({ page: number, reason: error instanceof Error ? error.message : String(error) })
    }
    options.onPage?.(++done, total, number, true)
  }
  await runConcurrently(
    toRecognise.map((number) => () => recognise(number)),
    ocrConcurrency(options),
  )
  unread.sort((a, b) => a.page - b.page)
  const kind: IssuePagesKind = toRecognise.length === 0 ? 'text-pdf' : toRecognise.length === total ? 'scanned-pdf' : 'mixed-pdf'
  return { kind, pages, unread, skews }
}

async function readImages(files: readonly string[], options: IssuePagesOptions): Promise<IssuePages> {
  const sources: Array<{ file: string; subPage: number }> = []
  for (const file of files) {
    const count = (await sharp(file).metadata()).pages ?? 1
    for (let subPage = 0; subPage < count; subPage++) sources.push({ file, subPage })
  }
  const pages: PageText[] = []
  const unread: IssuePages['unread'] = []
  const skews = new Map<number, number>()
  let done = 0
  const recognise = async (source: { file: string; subPage: number }, number: number) => {
    try {
      const read = await ocrPage(source.file, { page: number, subPage: source.subPage, ...ocrSettings(options) })
      skews.set(number, read.skew)
      pages[number - 1] = { page: number, width: read.width, height: read.height, lines: read.lines, ocr: true, ...confidence(read) }
    } catch (error) {
      if (error instanceof OcrUnavailableError) throw error
      unread.push({ page: number, reason: `${path.basename(source.file)}：${error instanceof Error ? error.message : String(error)}` })
      pages[number - 1] = { page: number, width: 1, height: 1, lines: [], ocr: true }
    }
    options.onPage?.(++done, sources.length, number, true)
  }
  await runConcurrently(
    sources.map((source, index) => () => recognise(source, index + 1)),
    ocrConcurrency(options),
  )
  unread.sort((a, b) => a.page - b.page)
  return { kind: 'images', pages, unread, skews }
}

const MAX_DEFAULT_CONCURRENCY = 4

/** How many pages are recognised at once. */
export function ocrConcurrency(options: Pick<IssuePagesOptions, 'concurrency'> = {}): number {
  if (options.concurrency && options.concurrency > 0) return Math.floor(options.concurrency)
  const configured = Number(process.env.OCR_CONCURRENCY)
  if (Number.isInteger(configured) && configured > 0) return configured
  return Math.min(MAX_DEFAULT_CONCURRENCY, availableParallelism())
}

function ocrSettings(options: IssuePagesOptions) {
  return {
    ...(options.language ? { language: options.language } : {}),
    ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
  }
}

function confidence(page: PageText): Pick<PageText, 'meanConfidence'> {
  return page.meanConfidence === undefined ? {} : { meanConfidence: page.meanConfidence }
}
