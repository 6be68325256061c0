/**
 * Quoted phrases in a query: "政务公开工作", “政务公开工作”, 「政务公开工作」 or 『…』. A reader
 * who quotes words wants them together and in that order; Pagefind alone would match them
 * anywhere in the page.
 */
export interface ParsedQuery {
  /** The query without quote marks, for full-text search. */
  words: string
  /** Each quoted phrase, spaces removed (Chinese text has none between words). */
  phrases: string[]
}

const QUOTED = /"([^"]+)"|＂([^＂]+)＂|“([^”]+)”|「([^」]+)」|『([^』]+)』/g

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = []
  const words = query.replace(QUOTED, (_match, ...groups: Array<string | undefined>) => {
    const phrase = groups.slice(0, 5).find((group) => group !== undefined) ?? ''
    const compact = compactText(phrase)
    if (compact !== '') phrases.push(compact)
    return ` ${phrase} `
  })
  // A quote left open is an ordinary character, never half a phrase.
  return {
    words: words
      .replace(/["＂“”「」『』]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    phrases,
  }
}

/** Text for comparing phrases: full-width forms as ASCII, no whitespace, lower case. */
export function compactText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b]+/g, '')
    .toLowerCase()
}
