import { personalDataInItem } from './personalDataInItem'
import type { ReviewedItem } from './reviewed'

/**
 * Before submission and before publication: personal data found in the title, the
 * text or the attachment titles blocks the item, unless it was masked or a reviewer
 * recorded why it may stay (放行的个人信息). Returns the message, or null when clean.
 */
export function checkPersonalData(item: Partial<ReviewedItem>): string | null {
  const hits = personalDataInItem(item)
  if (hits.length === 0) return null
  const list = hits.map((hit) => `${hit.where}中的${hit.label}“${hit.masked}”`).join('、')
  return `发现疑似个人信息${hits.length}处：${list}。请勾选“保存时遮盖个人信息”后保存，或由审核员在“放行的个人信息”中逐条填写理由。`
}
