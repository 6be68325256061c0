/**
 * Text comparison for finding titles in a PDF's extracted text. The same title can
 * come back with line breaks and spaces where it wrapped, full-width or half-width
 * punctuation, 〔〕 or [] or () around a year, and radical look-alikes from the
 * font's ToUnicode map; all of these compare equal after normalisation.
 */
import { unifyRadicals } from './cjkRadicals'

const replacements: Array<[RegExp, string]> = [
  // Whitespace of every width, and invisible characters left by copy and paste.
  [/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/gu, ''],
  [/[〔［【〖〘[{]/g, '('],
  [/[〕］】〗〙\]}]/g, ')'],
  [/[“”„‟〝〞＂]/g, '"'],
  [/[‘’‚‛]/g, "'"],
  [/[〈]/g, '《'],
  [/[〉]/g, '》'],
  [/[‐‑‒–—―−─⸺⸻]/g, '-'],
  [/[・•‧∙⋅]/g, '·'],
  [/[。｡]/g, '.'],
  [/[〜]/g, '~'],
]

export function normalizeForMatch(text: string): string {
  // NFKC folds full-width ASCII, Kangxi radicals and compatibility ideographs.
  let out = unifyRadicals(text.normalize('NFKC'))
  for (const [pattern, replacement] of replacements) out = out.replace(pattern, replacement)
  return out
}

/** 1-based numbers of the pages whose text contains the title. */
export function pagesContaining(normalizedPages: readonly string[], title: string): number[] {
  const needle = normalizeForMatch(title)
  if (needle === '') return []
  const pages: number[] = []
  normalizedPages.forEach((text, index) => {
    if (text.includes(needle)) pages.push(index + 1)
  })
  return pages
}
