/**
 * Turns a Pagefind excerpt into DOM nodes without parsing it as HTML. Pagefind escapes
 * the page text and adds only <mark>…</mark>; this keeps exactly that, so no string
 * from the index can become an element, attribute or script.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const nodes: Node[] = []
  const parts = joinSegmentedWords(excerpt).split(/<mark>(.*?)<\/mark>/s)
  parts.forEach((part, index) => {
    if (part === '') return
    const text = doc.createTextNode(decodeEntities(part))
    // split() with a capture group puts the marked text at odd positions.
    if (index % 2 === 1) {
      const mark = doc.createElement('mark')
      mark.append(text)
      nodes.push(mark)
    } else {
      nodes.push(text)
    }
  })
  return nodes
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Undoes the HTML escaping of text, so "&lt;" shows as "<" (as text, never as markup). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity
    }
    return NAMED[code.toLowerCase()] ?? entity
  })
}

/** Chinese characters and the full-width punctuation set between them. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff65'
/** A space with Chinese on one side and no space on the other, <mark> tags not counting. */
const WORD_GAP = new RegExp(`(?<=[${CJK}](?:</?mark>)?) (?=(?:</?mark>)?[^\\s<])|(?<=[^\\s>](?:</?mark>)?) (?=(?:</?mark>)?[${CJK}])`, 'gu')

/**
 * The excerpt's text as written: the index holds it split into words by spaces
 * (site/integrations/pagefind/segmentedHtml.ts), which a reader must not see.
 */
export function joinSegmentedWords(excerpt: string): string {
  return excerpt.replace(WORD_GAP, '')
}
