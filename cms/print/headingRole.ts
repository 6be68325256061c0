/**
 * Which GB/T 9704 style a body heading takes. Level-2 headings in the snapshot are
 * numbered sections (一、…, 黑体), chapters of rules (第一章 总则, centred 黑体) and
 * titles of attached texts (运城市2022年政务公开工作要点, centred 小标宋); the text
 * tells them apart. An interpretation attaches nothing: its unnumbered headings are
 * questions and points, set like numbered ones.
 */
import type { Block, InlineNode } from '../../core/snapshot/schema'
import type { PrintEntry } from './issueSchema'

export type HeadingRole = 'attached-title' | 'chapter' | 'first' | 'second' | 'third'

type Heading = Extract<Block, { type: 'heading' }>

const numberedFirst = /^[一二三四五六七八九十百零〇]+、/
const chapter = /^第[一二三四五六七八九十百零〇\d]+[编章节]/

export function headingRole(heading: Heading, kind: PrintEntry['kind']): HeadingRole {
  const text = plain(heading.children)
  if (chapter.test(text)) return 'chapter'
  if (heading.level === 2) return kind === 'document' && !numberedFirst.test(text) ? 'attached-title' : 'first'
  return heading.level === 3 ? 'second' : 'third'
}

function plain(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => node.text).join('').trim()
}
