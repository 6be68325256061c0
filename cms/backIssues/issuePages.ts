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
import { ocrPage, type OcrPage } from './ocrPage'
import { readPdfTextPages } from './pdfTextPages'
import { renderPdfPage } from './renderPdfPage'
import { renderDpi, scanResolutions } from './scanResolution'
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
  /** Resolution scanned PDF pages are rendered at; unless set, each page's own scan resolution (scanResolution.ts). */
  dpi?: number
  /** Recognise every page, even those with a text layer. */
  forceOcr?: boolean
  language?: string
  minConfidence?: number
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
  // Pages without text, and pages whose text layer reads as noise (fonts that map to no
  // real characters): OCR reads what is printed on them instead.
  const garbled = text.pages.filter((page) => page.lines.length > 0 && pageNoise(page).noise).map((page) => page.page)
  const toRecognise = options.forceOcr ? text.pages.map((page) => page.page) : [...text.imagePages, ...garbled].sort((a, b) => a - b)
  const total = text.pages.length
  let done = 0
  for (const page of text.pages) {
    if (toRecognise.includes(page.page)) continue
    options.onPage?.(++done, total, page.page, false)
  }
  const scanned = toRecognise.length > 0 && options.dpi === undefined ? await scanResolutions(file) : new Map<number, number>()
  const recognise = async (number: number) => {
    const dpi = options.dpi ?? renderDpi(scanned.get(number))
    return ocrPage(await renderPdfPage(file, number, dpi, 'tiff'), { page: number, dpi, ...ocrSettings(options) })
  }
  const read = await recogniseEach(toRecognise, recognise, { options, done, total })
  const pages = [...text.pages]
  for (const [number, page] of read.pages) pages[number - 1] = page
  const kind: IssuePagesKind = toRecognise.length === 0 ? 'text-pdf' : toRecognise.length === total ? 'scanned-pdf' : 'mixed-pdf'
  return { kind, pages, unread: read.unread, skews: read.skews }
}

async function readImages(files: readonly string[], options: IssuePagesOptions): Promise<IssuePages> {
  const sources: Array<{ file: string; subPage: number }> = []
  for (const file of files) {
    // A file sharp cannot read counts as one page: its recognition fails and lists it as unread, with the reason.
    const count =
      (
        await sharp(file)
          .metadata()
          .catch(() => ({ pages: 1 }))
      ).pages ?? 1
    for (let subPage = 0; subPage < count; subPage++) sources.push({ file, subPage })
  }
  const numbers = sources.map((_, index) => index + 1)
  const recognise = (number: number) => {
    const { file, subPage } = sources[number - 1]!
    return ocrPage(file, { page: number, subPage, ...ocrSettings(options) })
  }
  const where = (number: number) => `${path.basename(sources[number - 1]!.file)}：`
  const read = await recogniseEach(numbers, recognise, { options, done: 0, total: sources.length, where })
  // A page that could not be read keeps its place, empty, so that the pages after it keep their numbers.
  const pages = numbers.map((number) => read.pages.get(number) ?? { page: number, width: 1, height: 1, lines: [], ocr: true })
  return { kind: 'images', pages, unread: read.unread, skews: read.skews }
}

/**
 * The pages recognised side by side (ocrConcurrency), each as its page text, or listed as
 * unread with the reason (prefixed by `where`, e.g. its file), in page order; progress goes
 * on from `done` pages. Missing OCR (OcrUnavailableError) stops the whole reading.
 */
async function recogniseEach(
  numbers: readonly number[],
  recognise: (number: number) => Promise<OcrPage>,
  progress: { options: IssuePagesOptions; done: number; total: number; where?: (number: number) => string },
): Promise<Pick<IssuePages, 'unread' | 'skews'> & { pages: Map<number, PageText> }> {
  const { options, total, where = () => '' } = progress
  const outcomes = new Map<number, OcrPage | { reason: string }>()
  let done = progress.done
  await runConcurrently(
    numbers.map((number) => async () => {
      try {
        outcomes.set(number, await recognise(number))
      } catch (error) {
        if (error instanceof OcrUnavailableError) throw error
        outcomes.set(number, { reason: `${where(number)}${error instanceof Error ? error.message : String(error)}` })
      }
      options.onPage?.(++done, total, number, true)
    }),
    ocrConcurrency(),
  )
  const pages = new Map<number, PageText>()
  const unread: IssuePages['unread'] = []
  const skews = new Map<number, number>()
  for (const number of numbers) {
    const outcome = outcomes.get(number)!
    if ('reason' in outcome) {
      unread.push({ page: number, reason: outcome.reason })
      continue
    }
    skews.set(number, outcome.skew)
    pages.set(number, {
      page: number,
      width: outcome.width,
      height: outcome.height,
      lines: outcome.lines,
      ocr: true,
      ...confidence(outcome),
    })
  }
  return { pages, unread, skews }
}

const MAX_DEFAULT_CONCURRENCY = 4

/** How many pages are recognised at once: OCR_CONCURRENCY, else one per core (at most four). */
export function ocrConcurrency(): number {
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
