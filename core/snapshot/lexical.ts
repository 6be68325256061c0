/**
 * The parts of Lexical's serialized JSON that we read and write. Plain types, no
 * Lexical import: the export and the sample loader only handle JSON.
 */
export type LexicalNode = {
  type: string
  version?: number
  children?: LexicalNode[]
  text?: string
  /** Text: bitmask of marks. Element: alignment ('', 'left', 'center', 'right', 'start', 'end', 'justify'). */
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  fields?: { url?: string; newTab?: boolean; linkType?: string }
  url?: string
  [key: string]: unknown
}

export type LexicalState = { root: LexicalNode }

/** Bits of a text node's `format`. */
export const textFormat = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const
