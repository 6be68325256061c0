/**
 * The hidden Pagefind metadata fields of a document page (written by searchFields.ts),
 * each weighted on its own in ranking (ranking.ts) and named in results (matchReasons.ts).
 */
export const SEARCH_FIELDS = {
  /** The title's words, and its core name's words (the title without issuer and wrapper). */
  titleWords: 'titleWords',
  /** 发文机关, full and short names. */
  issuer: 'issuer',
  /** 发文字号 (strict and printed) and 统一编号. */
  number: 'number',
  /** 简称, 曾用名 and 关键词. */
  names: 'names',
  /** 曾用标题: the titles of earlier versions a revision replaced (issue 22). */
  formerTitles: 'formerTitles',
} as const

export type SearchFieldName = keyof typeof SEARCH_FIELDS
