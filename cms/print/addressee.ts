/**
 * Whether a body's first paragraph is the 主送机关 line (各县(市、区)人民政府…:),
 * which GB/T 9704 §7.3.2 sets flush left, unlike indented running text. The block
 * format has no mark for it, so it is recognised by shape: the first paragraph,
 * aligned as normal, ending with a colon.
 */
import type { Block } from '../../core/snapshot/schema'

export function isAddressee(block: Block, index: number): boolean {
  if (index !== 0 || block.type !== 'paragraph' || block.align !== 'start') return false
  const text = block.children.map((node) => node.text).join('').trim()
  return text.length <= 200 && /[:：]$/.test(text)
}
