/**
 * Which GB/T 9704 style a body heading takes. Level-2 headings in the snapshot are
 * both numbered sections (一、…, 黑体) and the titles of attached texts (运城市2022年
 * 政务公开工作要点, centred 小标宋); the text tells them apart.
 */
import type { Block, InlineNode } from '../snapshot/schema'

export type HeadingRole = 'attached-title' | 'first' | 'second' | 'third'

type Heading = Extract<Block, { type: 'heading' }>

const numberedFirst = /^[一二三四五六七八九十百零〇]+、/

export function headingRole(heading: Heading): HeadingRole {
  if (heading.level === 2) return numberedFirst.test(plain(heading.children)) ? 'first' : 'attached-title'
  return heading.level === 3 ? 'second' : 'third'
}

function plain(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => node.text).join('').trim()
}
