/**
 * The structure of a text, read from its lines: articles (第X条, 第X条之一) with their 款
 * (paragraphs) and 项 (（一）（二） items) under their 编/章/节 headings, where the text is
 * written that way (two articles at least); otherwise its paragraphs. Versions are compared
 * unit by unit (compareVersions.ts): article by article, or paragraph by paragraph.
 *
 * A line opens an article when it starts with 第X条 followed by a space (as laws print it,
 * 第一条　为了……), or, without the space, when X is the next number (第二条为了……): a 款 that
 * starts by citing an article (第三十条规定的……) is not mistaken for one.
 */
import type { Block } from '../text/blocks'
import { bodyLines, type BodyLine } from './bodyLines'
import { chineseNumeral, NUMERAL_CHARACTERS, parseChineseNumeral } from './chineseNumerals'

/** 项: an item of a 款, its text with its own marker （一）. */
export type ArticleItem = { number: number; text: string }

/** 款: a paragraph of an article, with its 项. */
export type ArticleParagraph = { text: string; items: ArticleItem[] }

export type ArticleUnit = {
  kind: 'article'
  /** Unique within the text: 'a11', 'a120-1' for 第一百二十条之一. */
  key: string
  number: number
  /** 之一, 之二: an article inserted after `number` without renumbering; null for most. */
  sub: number | null
  /** As printed: 第十一条. */
  label: string
  /** The 编/章/节 headings it stands under, outermost first (第二章 设立). */
  context: string[]
  paragraphs: ArticleParagraph[]
  /** Its text without the label, each 款 and 项 on a line: what comparisons compare. */
  text: string
}

export type ParagraphUnit = {
  kind: 'paragraph'
  key: string
  /** 第3段; in a text with articles, 条文前第1段 (before the first article) or 条文外第1段. */
  label: string
  context: string[]
  text: string
}

export type TextUnit = ArticleUnit | ParagraphUnit

export type TextStructure = { shape: 'articles' | 'paragraphs'; units: TextUnit[] }

const N = `[${NUMERAL_CHARACTERS}]+`
const ARTICLE = new RegExp(`^第(${N})条(?:之(${N}))?`, 'u')
const DIVISION = new RegExp(`^第(${N})(分编|编|章|节)(?:[\\s\\u3000]|$)`, 'u')
const DIVISION_HEADING = new RegExp(`^第(${N})(分编|编|章|节)`, 'u')
const ITEM = new RegExp(`^[（(](${N})[）)]`, 'u')
const DIVISION_LEVELS: Record<string, number> = { 编: 0, 分编: 1, 章: 2, 节: 3 }
// What follows 第X条 when the line cites an article rather than opening one. 中 only as 中的 /
// 中规定 / 中所: an article may well begin with 中 (第九条中学、小学校园周围…), and one article
// taken for a citation would make every later unspaced article a paragraph outside them.
const CITATION_FOLLOWS = /^(?:[第、，,的之规或和及至与（(]|中(?:的|规定|所))/u

type Division = { level: number; text: string }

function divisionOf(line: BodyLine): Division | null {
  // A heading needs no space after 章: the importer's text runs 第三章经营 together.
  const m = (line.heading ? DIVISION_HEADING : DIVISION).exec(line.text)
  if (!m) return null
  // A line of running text that starts 第二章 is a citation; a division heading is short and unpunctuated.
  if (!line.heading && (line.text.length > 40 || /[。；，]/u.test(line.text))) return null
  return { level: DIVISION_LEVELS[m[2] as string] as number, text: line.text.replace(/[\s\u3000]+/gu, ' ').trim() }
}

type Opening = { number: number; sub: number | null; label: string; rest: string }

function articleOpening(text: string, previous: number | null): Opening | null {
  const m = ARTICLE.exec(text)
  if (!m) return null
  const number = parseChineseNumeral(m[1] as string)
  const sub = m[2] === undefined ? null : parseChineseNumeral(m[2])
  if (number === null || (m[2] !== undefined && sub === null)) return null
  const rest = text.slice(m[0].length)
  const spaced = rest === '' || /^[\s\u3000]/u.test(rest)
  const next = sub === null && number === (previous ?? 0) + 1 && !CITATION_FOLLOWS.test(rest)
  if (!spaced && !next) return null
  return { number, sub, label: m[0], rest: rest.trim() }
}

function itemOf(line: BodyLine): ArticleItem | null {
  const m = ITEM.exec(line.text)
  const number = m ? parseChineseNumeral(m[1] as string) : null
  if (number !== null) return { number, text: line.text }
  // An ordered list numbers its items itself: written out, they compare equal to typed ones.
  if (line.listPosition !== null) return { number: line.listPosition, text: `（${chineseNumeral(line.listPosition)}）${line.text}` }
  return null
}

const articleText = (paragraphs: readonly ArticleParagraph[]): string =>
  paragraphs.flatMap((paragraph) => [paragraph.text, ...paragraph.items.map((item) => item.text)]).join('\n')

function paragraphsOnly(lines: readonly BodyLine[]): TextStructure {
  return {
    shape: 'paragraphs',
    units: lines.map((line, index) => ({
      kind: 'paragraph',
      key: `p${index + 1}`,
      label: `第${index + 1}段`,
      context: [],
      text: line.text,
    })),
  }
}

export function textStructure(body: readonly Block[]): TextStructure {
  const lines = bodyLines(body)
  const units: TextUnit[] = []
  const context: Division[] = []
  const keys = new Set<string>()
  let article: ArticleUnit | null = null
  let previousNumber: number | null = null
  let articles = 0
  let before = 0
  let outside = 0

  const close = () => {
    if (article) article.text = articleText(article.paragraphs)
    article = null
  }
  const uniqueKey = (key: string) => {
    let unique = key
    for (let i = 2; keys.has(unique); i++) unique = `${key}#${i}`
    keys.add(unique)
    return unique
  }

  for (const line of lines) {
    const opening = articleOpening(line.text, previousNumber)
    if (opening) {
      close()
      articles += 1
      previousNumber = opening.number
      const current: ArticleUnit = {
        kind: 'article',
        key: uniqueKey(`a${opening.number}${opening.sub === null ? '' : `-${opening.sub}`}`),
        number: opening.number,
        sub: opening.sub,
        label: opening.label,
        context: context.map((division) => division.text),
        paragraphs: [{ text: opening.rest, items: [] }],
        text: '',
      }
      units.push(current)
      article = current
      continue
    }
    const division = divisionOf(line)
    if (division) {
      close()
      while (context.length > 0 && (context.at(-1) as Division).level >= division.level) context.pop()
      context.push(division)
      continue
    }
    if (article && !line.heading) {
      const paragraphs: ArticleParagraph[] = article.paragraphs
      const last = paragraphs.at(-1) as ArticleParagraph
      const item = itemOf(line)
      if (item) last.items.push(item)
      // An article whose label stood on a line of its own: this is its first 款.
      else if (last.text === '' && last.items.length === 0) last.text = line.text
      else paragraphs.push({ text: line.text, items: [] })
      continue
    }
    // Any other heading ends the article: what follows (附件, 附表) is not part of it.
    close()
    const label = articles === 0 ? `条文前第${++before}段` : `条文外第${++outside}段`
    units.push({
      kind: 'paragraph',
      key: uniqueKey(articles === 0 ? `pre${before}` : `out${outside}`),
      label,
      context: context.map((d) => d.text),
      text: line.text,
    })
  }
  close()
  return articles >= 2 ? { shape: 'articles', units } : paragraphsOnly(lines)
}
