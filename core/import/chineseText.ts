/**
 * Spacing in Chinese text copied from web pages and PDFs. Chinese is written without
 * spaces, so a space next to a Chinese character or punctuation mark is an artefact of
 * the copy (a PDF line wrap, padding around digits: 运城市 2022 年); only spaces
 * between Latin words or numbers are real.
 */

// Han, CJK punctuation (、。〈〉《》「」『』【】〔〕…), full-width forms, and the curly
// quotes, dashes and ellipsis Chinese text uses.
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2014\u2018\u2019\u201C\u201D\u2026\u00B7]/u

export function isWide(ch: string | undefined): boolean {
  return ch !== undefined && WIDE.test(ch)
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g

/** Line breaks to \n, invisible characters dropped, every kind of space (NBSP, U+3000, tabs) to a plain one. */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[^\S\n]/g, ' ')
}

/** The text without any whitespace: for comparing passages that differ only in spacing. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

// 第一条　为了…, 第二章　总则: a printed law sets a provision's number off from its text
// with a full-width space, which is part of the text as published, not a copy's artefact.
// Kept (as U+3000) when the paragraph begins with the number.
const PROVISION_NUMBER = /^第[一二三四五六七八九十百千零〇\d]+[编章节条](?= \S)/u
const IDEOGRAPHIC_SPACE = '\u3000'

/**
 * Removes the spaces a copy put into Chinese text (运城市 2022 年 → 运城市2022年,
 * 监督, 以公开 → 监督,以公开, 1. 规范 → 1.规范, http:// zwgk → http://zwgk) and
 * collapses the rest to one space; the space after a paragraph's opening 第N条 stays.
 */
export function tightenSpacing(text: string): string {
  const t = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/:\/\/ /g, '://')
  const provision = PROVISION_NUMBER.exec(t)?.[0].length
  // Spaces are single now, so a space's neighbours in `t` are the characters it separates.
  return t.replace(/ /g, (space, at: number) => {
    if (at === provision) return IDEOGRAPHIC_SPACE
    const left = t[at - 1]
    const right = t[at + 1]
    // "完成时限: 2020年": ASCII punctuation used as Chinese punctuation.
    const chinesePunctuation = left !== undefined && /[,.:;!?)]/.test(left) && isWide(t[at - 2])
    return isWide(left) || isWide(right) || chinesePunctuation ? '' : space
  })
}

/** Sentence-final punctuation: a paragraph ending in one of these is complete. */
export const SENTENCE_END = /[。！？!?；;]/

/** Characters a complete paragraph may end with. */
export const PARAGRAPH_END = /[。！？!?；;：:）)〕」』】》”"’…]$/
