/**
 * One entry's blocks as a document draft, through the importer's own extraction
 * (core/import): the blocks become the paragraphs of a parsed page, so a title printed
 * over several lines is one paragraph joined, and no paragraph is joined to the next as a
 * page break would be (the reader has already joined what page breaks cut, from the
 * geometry). The title block the reader found is handed over as the page's 标题 metadata,
 * which tells the importer where the title ends, as a web page's metadata does (a title
 * that does not end like one, 《…》解读（示例）, would otherwise take in the next line).
 * Title, 发文字号, 发文机关, dates and body come out exactly as the importer reads any
 * other file. A 发文字号 the body does not show legibly but the contents do is handed over
 * the same way, as the page's 发文字号 metadata, which the extraction takes only when the
 * body has no number of its own.
 */
import { extractDocument } from '../import/extractDocument'
import type { PageBlock, ParsedPage } from '../import/pageBlocks'
import type { ExtractedDocument } from '../import/types'
import type { TextBlock } from './textBlocks'

/** `title`: the entry's title as the reader found it, when it did; `docNumber`: the contents' number, when the body shows none. */
export function entryDocument(blocks: readonly TextBlock[], title: string | null, docNumber: string | null = null): ExtractedDocument {
  const known: PageBlock[] = [
    ...(title ? [{ kind: 'row' as const, cells: ['标题', title] }] : []),
    ...(docNumber ? [{ kind: 'row' as const, cells: ['发文字号', docNumber] }] : []),
  ]
  const page: ParsedPage = {
    kind: 'page',
    blocks: [...known, ...blocks.map((block): PageBlock => ({ kind: 'text', lines: block.display ? block.lines : [block.text] }))],
  }
  return extractDocument(page)
}
