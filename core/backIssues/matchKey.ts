/**
 * The form in which the reader compares a title in the contents with a title in the
 * body, or a running head on one page with the next: NFKC (full-width and half-width
 * alike), no whitespace, every kind of bracket and dash folded to one, as the same words
 * are printed with 〔〕 or [] or () and wrap differently in the contents and the body.
 */
const folds: Array<[RegExp, string]> = [
  [/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/gu, ''],
  [/[〔［【〖〘[{（(]/gu, '('],
  [/[〕］】〗〙\]}）)]/gu, ')'],
  [/[“”„‟〝〞＂]/gu, '"'],
  [/[‘’‚‛]/gu, "'"],
  [/[‐‑‒–—―−─⸺⸻]/gu, '-'],
  [/[。｡]/gu, '.'],
]

export function matchKey(text: string): string {
  let out = text.normalize('NFKC')
  for (const [pattern, replacement] of folds) out = out.replace(pattern, replacement)
  return out
}
