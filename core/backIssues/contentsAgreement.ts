/**
 * Every title of an issue is printed twice: in the contents (目录), in the contents'
 * type, and over its entry, in the title's display type. OCR misreads the two
 * independently (办 as 共 in the heavy title face, 方 as 广, a bracket as 〈), so where
 * the two readings of one title differ by a character, the issue itself can say which
 * is right: the reading whose character makes the pairs (bigrams) found more often in the
 * issue's own text (方案 is printed on every page of a 方案, 广案 nowhere else), or, for a
 * bracket, the one that makes a matched pair; and an angle bracket a title closes with a
 * parenthesis (〈示例), which contents and body may both read so) is the parenthesis. Only
 * single characters standing in for one
 * another are decided, in titles that are otherwise alike; a tie, or a difference of more
 * than a character here and there, is left as read (and reported as title-differs). Each
 * corrected character is marked uncertain on its line with the character OCR read, so
 * the proofreader sees it: never a silent guess.
 */
import { compact } from '../import/chineseText'
import { similarity } from './characterErrorRate'
import { correctLine } from './misreadCharacters'
import { characters, type PageText } from './pageText'

/** A title as the body and the contents read it, and the page the body's stands on. */
export type TitlePair = { page: number; body: string; contents: string }

/** Titles less alike than this are not two readings of one text. */
const MIN_SIMILARITY = 0.8

/** Compared after NFKC, which makes （） of (). */
const BRACKET_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['〔', '〕'],
  ['《', '》'],
  ['“', '”'],
]
const BRACKETS = /[（）()〔〕《》“”〈〉<>【】[\]{}「」『』]/u

/** Character pairs of a text (whitespace removed), counted: the issue's own vocabulary. */
export function bigramCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    const chars = characters(compact(text))
    for (let i = 1; i < chars.length; i++) {
      const pair = `${chars[i - 1]}${chars[i]}`
      counts.set(pair, (counts.get(pair) ?? 0) + 1)
    }
  }
  return counts
}

/**
 * The body's title with each character the contents read otherwise decided: the
 * corrected title and, for each change, its index in the body's title (code points,
 * whitespace removed) and the character chosen.
 */
export function agreedTitle(
  pair: Pick<TitlePair, 'body' | 'contents'>,
  counts: ReadonlyMap<string, number>,
): { title: string; changes: Array<{ index: number; read: string; to: string }> } {
  const body = characters(compact(pair.body))
  const contents = characters(compact(pair.contents))
  const title = body.join('')
  const changes: Array<{ index: number; read: string; to: string }> = []
  const chosen = [...body]
  if (title !== contents.join('') && similarity(title, contents.join('')) >= MIN_SIMILARITY) {
    for (const [i, j] of substitutions(body, contents)) {
      const read = body[i] as string
      const other = contents[j] as string
      if (read.normalize('NFKC') === other.normalize('NFKC')) continue
      const better = BRACKETS.test(read) || BRACKETS.test(other) ? pairsBetter(body, i, other) : countsBetter(body, i, other, counts)
      if (better) {
        chosen[i] = other
        changes.push({ index: i, read, to: other })
      }
    }
  }
  // Both readings can share a misread bracket (〈示例) in the contents and over the entry alike).
  for (const change of mismatchedBrackets(chosen)) {
    const earlier = changes.find((made) => made.index === change.index)
    if (earlier) earlier.to = change.to
    else changes.push({ ...change, read: chosen[change.index] as string })
    chosen[change.index] = change.to
  }
  return { title: chosen.join(''), changes: changes.sort((a, b) => a.index - b.index) }
}

/**
 * Angle brackets a title closes with a parenthesis, or the other way round (〈示例), (示例〉):
 * OCR's reading of （ or ）, for a title pairs its brackets and 〈〉 are not parentheses.
 * The misread one is made the parenthesis its partner is.
 */
function mismatchedBrackets(title: readonly string[]): Array<{ index: number; to: string }> {
  const out: Array<{ index: number; to: string }> = []
  const folded = title.map((char) => char.normalize('NFKC'))
  folded.forEach((char, index) => {
    if (char === '〈' || char === '<') {
      const rest = folded.slice(index + 1)
      const close = rest.findIndex((next) => next === ')' || next === '〉' || next === '>')
      if (close >= 0 && rest[close] === ')' && !rest.slice(0, close).includes('(')) out.push({ index, to: '（' })
    } else if (char === '〉' || char === '>') {
      const before = folded.slice(0, index)
      const open = before.findLastIndex((prev) => prev === '(' || prev === '〈' || prev === '<')
      if (open >= 0 && before[open] === '(' && !before.slice(open + 1).includes(')')) out.push({ index, to: '）' })
    }
  })
  return out
}

/**
 * The pages with the body's titles corrected where the contents decide it (agreedTitle):
 * each title is found on its page's lines by its text (whitespace aside), and only there
 * corrected; a title not found as read is left alone.
 */
export function correctTitles(pages: readonly PageText[], pairs: readonly TitlePair[]): PageText[] {
  const counts = bigramCounts(pages.flatMap((page) => page.lines.map((line) => line.text)))
  const out = [...pages]
  for (const pair of pairs) {
    const { changes } = agreedTitle(pair, counts)
    if (changes.length === 0) continue
    const at = out.findIndex((page) => page.page === pair.page)
    const page = out[at]
    if (!page || !page.ocr) continue
    const corrected = correctOnPage(page, characters(compact(pair.body)), changes)
    if (corrected) out[at] = corrected
  }
  return out
}

/** Aligned positions (body index, contents index) where one character stands for another. */
function substitutions(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  const at = (i: number, j: number) => (d[i] as number[])[j] as number
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      (d[i] as number[])[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1))
  const out: Array<[number, number]> = []
  let i = a.length
  let j = b.length
  while (i > 0 && j > 0) {
    const same = a[i - 1] === b[j - 1]
    if (at(i, j) === at(i - 1, j - 1) + (same ? 0 : 1)) {
      if (!same) out.push([i - 1, j - 1])
      i--
      j--
    } else if (at(i, j) === at(i - 1, j) + 1) i--
    else j--
  }
  return out.reverse()
}

/** Whether `other` in place of text[i] makes pairs with its neighbours found more often in the issue. */
function countsBetter(text: readonly string[], i: number, other: string, counts: ReadonlyMap<string, number>): boolean {
  const score = (char: string) =>
    (i > 0 ? (counts.get(`${text[i - 1]}${char}`) ?? 0) : 0) + (i + 1 < text.length ? (counts.get(`${char}${text[i + 1]}`) ?? 0) : 0)
  return score(other) > score(text[i] as string)
}

/** Whether `other` in place of text[i] closes or opens a bracket the title pairs, where text[i] does not. */
function pairsBetter(text: readonly string[], i: number, other: string): boolean {
  const folded = text.map((char) => char.normalize('NFKC'))
  const pairs = (char: string) =>
    BRACKET_PAIRS.some(
      ([open, close]) =>
        (char.normalize('NFKC') === open && folded.slice(i + 1).includes(close)) ||
        (char.normalize('NFKC') === close && folded.slice(0, i).includes(open)),
    )
  return pairs(other) && !pairs(text[i] as string)
}

/** The page with the title's changes made on the lines that hold it, or null when the title is not found as read. */
function correctOnPage(page: PageText, title: readonly string[], changes: ReadonlyArray<{ index: number; to: string }>): PageText | null {
  // The page's characters in line order, whitespace aside, each with its line and index.
  const places: Array<{ line: number; index: number }> = []
  let text = ''
  page.lines.forEach((line, lineIndex) => {
    characters(line.text).forEach((char, index) => {
      if (/\s/u.test(char)) return
      places.push({ line: lineIndex, index })
      text += char
    })
  })
  const found = text.indexOf(title.join(''))
  if (found < 0) return null
  const start = characters(text.slice(0, found)).length
  const byLine = new Map<number, Array<{ index: number; to: string }>>()
  for (const change of changes) {
    const place = places[start + change.index]
    if (!place) return null
    byLine.set(place.line, [...(byLine.get(place.line) ?? []), { index: place.index, to: change.to }])
  }
  return { ...page, lines: page.lines.map((line, index) => correctLine(line, byLine.get(index) ?? [])) }
}
