/**
 * A web page as the extraction rules read it, free of any parser: the page's text
 * blocks in reading order, each a paragraph (its lines, as <br> breaks them) or a table
 * row of data cells (empty cells kept, so a label with no value is seen as such). The
 * adapter (cms/import/parseHtml.ts) builds it; extractDocument reads it as lines that
 * remember which block they came from, so a title wrapped over lines of one paragraph
 * is joined, and a metadata row never borrows the next line as its value.
 */

export type TextBlock = { kind: 'text'; lines: string[] }
export type RowBlock = { kind: 'row'; cells: string[] }
export type PageBlock = TextBlock | RowBlock
export type ParsedPage = { kind: 'page'; blocks: PageBlock[] }

/** What extractDocument reads: plain text (.txt, .docx) or a parsed web page. */
export type ImportSource = string | ParsedPage

export type SourceLines = {
  lines: string[]
  /** The block each line came from; plain text has one block per line. */
  blockOf: number[]
  /** Lines that are table rows of data cells. */
  rows: Set<number>
}

const collapse = (text: string): string => text.replace(/[ \t\f\r\n\u00A0]+/g, ' ').trim()

/** A row as one line: its non-empty cells separated by " | " (how metadataFields reads rows). */
function rowLine(cells: readonly string[]): string {
  return cells
    .map(collapse)
    .filter((cell) => cell !== '')
    .join(' | ')
}

export function isParsedPage(source: unknown): source is ParsedPage {
  return (
    typeof source === 'object' && source !== null && (source as ParsedPage).kind === 'page' && Array.isArray((source as ParsedPage).blocks)
  )
}

/** The lines of a source, with the block each came from. */
export function sourceLines(source: ImportSource, normalize: (text: string) => string): SourceLines {
  if (!isParsedPage(source)) {
    const lines = normalize(typeof source === 'string' ? source : '').split('\n')
    return { lines, blockOf: lines.map((_, i) => i), rows: new Set() }
  }
  const out: SourceLines = { lines: [], blockOf: [], rows: new Set() }
  source.blocks.forEach((block, b) => {
    const texts = block.kind === 'row' ? [rowLine(block.cells)] : block.lines.map(collapse)
    for (const text of texts) {
      const line = normalize(text).replace(/\n/g, ' ').trim()
      if (line === '') continue
      if (block.kind === 'row') out.rows.add(out.lines.length)
      out.lines.push(line)
      out.blockOf.push(b)
    }
  })
  return out
}
