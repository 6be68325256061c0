/**
 * Tesseract's hOCR output (with hocr_char_boxes=1) read into positioned lines: each
 * ocr_line (or header, caption, floating text) with its box, its words and their
 * characters with confidences, and a type size measured from the characters' advance. A line is split where a wide
 * gap separates its words, as a PDF line is (textRuns.ts), so a contents title and its
 * page number, or two columns tesseract joined, stay apart. A character is uncertain
 * when its own confidence or its word's is below the threshold: tesseract's LSTM is often
 * sure of each character of a word it reads wrongly, and the word's confidence shows it.
 */
import { characters, type PageText, type TextLine, type UncertainChar } from './pageText'

export type HocrOptions = {
  page: number
  /** Characters below this confidence (0–100) are listed as uncertain. */
  minConfidence?: number
}

type Box = { x0: number; y0: number; x1: number; y1: number }
type Char = { text: string; box: Box; confidence: number }
type Word = { box: Box; confidence: number; chars: Char[] }
type Line = { box: Box; words: Word[] }

const LINE_CLASSES = new Set(['ocr_line', 'ocr_header', 'ocr_caption', 'ocr_textfloat'])
const SPLIT_GAP = 1.5
const SPACE_GAP = 0.35
const DEFAULT_MIN_CONFIDENCE = 80

export function pageFromHocr(hocr: string, options: HocrOptions): PageText {
  const threshold = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE
  let width = 0
  let height = 0
  const lines: Line[] = []
  const stack: Array<string | null> = []
  let line: Line | null = null
  let word: Word | null = null
  let char: Char | null = null
  for (const token of hocr.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>|([^<]+)/gu)) {
    const [, closing, tag, attributes = '', selfClosing, text] = token
    if (text !== undefined) {
      const decoded = decodeEntities(text)
      if (char) char.text += decoded
      else if (word && decoded.trim() !== '') word.chars.push({ text: decoded.trim(), box: word.box, confidence: word.confidence })
      continue
    }
    if (tag === undefined || /^(?:meta|br|img|link)$/iu.test(tag) || selfClosing) continue
    if (closing) {
      const kind = stack.pop()
      if (kind === 'ocrx_cinfo') char = null
      else if (kind === 'ocrx_word') word = null
      else if (kind !== undefined && kind !== null && LINE_CLASSES.has(kind)) line = null
      continue
    }
    const kind = /class=['"]([^'"]+)['"]/u.exec(attributes)?.[1] ?? null
    const title = decodeEntities(/title=(['"])(.*?)\1/u.exec(attributes)?.[2] ?? '')
    stack.push(kind)
    if (kind === 'ocr_page') {
      const box = readBox(title, 'bbox')
      if (box) ({ x1: width, y1: height } = box)
    } else if (kind !== null && LINE_CLASSES.has(kind)) {
      const box = readBox(title, 'bbox')
      if (box) {
        line = { box, words: [] }
        lines.push(line)
      }
    } else if (kind === 'ocrx_word' && line) {
      const box = readBox(title, 'bbox')
      if (box) {
        word = { box, confidence: readNumber(title, 'x_wconf') ?? 0, chars: [] }
        line.words.push(word)
      }
    } else if (kind === 'ocrx_cinfo' && word) {
      char = { text: '', box: readBox(title, 'x_bboxes') ?? word.box, confidence: readNumber(title, 'x_conf') ?? word.confidence }
      word.chars.push(char)
    }
  }
  const words = lines.flatMap((l) => l.words).filter((w) => w.chars.some((c) => c.text.trim() !== ''))
  const meanConfidence = words.length > 0 ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : undefined
  return {
    page: options.page,
    width,
    height,
    lines: lines.flatMap((l) => fragments(l, threshold)),
    ocr: true,
    ...(meanConfidence === undefined ? {} : { meanConfidence }),
  }
}

function fragments(line: Line, threshold: number): TextLine[] {
  const out: TextLine[] = []
  let current: { words: Word[]; text: string; uncertain: UncertainChar[] } | null = null
  const em = Math.max(1, typeSize(line.words) ?? line.box.y1 - line.box.y0)
  for (const word of line.words) {
    const chars = word.chars.filter((c) => c.text.trim() !== '')
    if (chars.length === 0) continue
    const last = current?.words.at(-1)
    const gap = last ? word.box.x0 - last.box.x1 : 0
    if (!current || gap > SPLIT_GAP * em) {
      if (current) out.push(toLine(current, line))
      current = { words: [], text: '', uncertain: [] }
    } else if (gap > SPACE_GAP * em) {
      current.text += ' '
    }
    for (const c of chars) {
      const confidence = Math.min(c.confidence, word.confidence)
      const index = characters(current.text).length
      current.text += c.text
      if (confidence < threshold)
        for (let k = 0; k < characters(c.text).length; k++) current.uncertain.push({ index: index + k, confidence })
    }
    current.words.push(word)
  }
  if (current) out.push(toLine(current, line))
  return out
}

function toLine(fragment: { words: Word[]; text: string; uncertain: UncertainChar[] }, line: Line): TextLine {
  const x0 = Math.min(...fragment.words.map((w) => w.box.x0))
  const x1 = Math.max(...fragment.words.map((w) => w.box.x1))
  return {
    text: fragment.text,
    x: x0,
    y: line.box.y0,
    width: x1 - x0,
    size: typeSize(fragment.words) ?? line.box.y1 - line.box.y0,
    ...(fragment.uncertain.length > 0 ? { uncertain: fragment.uncertain } : {}),
  }
}

/**
 * The type size of a fragment of a line, in pixels per em. Chinese is set solid, one
 * character to the em, so the fragment's width over its characters (Latin letters and
 * digits count half) measures the em. Neither tesseract's x_size nor its character boxes
 * will do: on 300 dpi scans of 16 pt text, x_size ranged from 60 to 100 and a character's
 * box was often off by half an em. With fewer than three characters, the line's box
 * height stands in.
 */
function typeSize(words: readonly Word[]): number | null {
  const text = words.flatMap((w) => w.chars.map((c) => c.text)).join('')
  let units = 0
  for (const char of characters(text.replace(/\s+/gu, ''))) units += FULL_WIDTH.test(char) ? 1 : 0.5
  if (units < 3 || words.length === 0) return null
  const x0 = Math.min(...words.map((w) => w.box.x0))
  const x1 = Math.max(...words.map((w) => w.box.x1))
  return (x1 - x0) / units
}

const FULL_WIDTH = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\u2018-\u201d\u2026\u2014]/u

function readBox(title: string, key: string): Box | null {
  const m = new RegExp(`${key}\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)`, 'u').exec(title)
  return m ? { x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) } : null
}

function readNumber(title: string, key: string): number | null {
  const m = new RegExp(`${key}\\s+(-?[\\d.]+)`, 'u').exec(title)
  return m ? Number(m[1]) : null
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_, entity: string) => {
    const lower = entity.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)))
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? ''
  })
}
