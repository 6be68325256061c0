/**
 * A body in the snapshot's block format as plain lines of text, the material the structure
 * of a text is read from (articleStructure.ts). A heading stays marked as one; a list gives
 * a line per item, with its position when the list numbers its items itself. A soft line
 * break inside a paragraph starts a new line only where the next line opens a 章, 条 or 项:
 * elsewhere it is a copy's line wrap, and Chinese joins the two halves with nothing.
 */
import type { Block, InlineNode } from '../text/blocks'
import { NUMERAL_CHARACTERS } from './chineseNumerals'

export type BodyLine = {
  text: string
  heading: boolean
  /** The 1-based position in an ordered list that writes no number of its own, else null. */
  listPosition: number | null
}

const OPENS_UNIT = new RegExp(`^[\\s\\u3000]*(第[${NUMERAL_CHARACTERS}]+[编章节条]|[（(][${NUMERAL_CHARACTERS}]+[）)])`, 'u')

const textOf = (nodes: readonly InlineNode[]): string => nodes.map((node) => node.text).join('')

function splitSoftBreaks(text: string): string[] {
  const lines: string[] = []
  for (const part of text.split('\n')) {
    if (lines.length > 0 && !OPENS_UNIT.test(part)) lines[lines.length - 1] += part.trim()
    else lines.push(part)
  }
  return lines.map((line) => line.trim()).filter((line) => line !== '')
}

export function bodyLines(body: readonly Block[]): BodyLine[] {
  return body.flatMap((block): BodyLine[] => {
    if (block.type === 'list') {
      return block.items.flatMap((item, index) =>
        splitSoftBreaks(textOf(item)).map((text) => ({ text, heading: false, listPosition: block.ordered ? index + 1 : null })),
      )
    }
    return splitSoftBreaks(textOf(block.children)).map((text) => ({ text, heading: block.type === 'heading', listPosition: null }))
  })
}
