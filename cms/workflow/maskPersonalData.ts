import type { CollectionBeforeChangeHook } from 'payload'

import { redact, scanPersonalData } from '../../core/personalData/index'
import type { LexicalNode } from '../../core/snapshot/lexical'
import type { Document } from '../payload-types'
import type { ReviewedItem } from './reviewed'

/**
 * The one-click mask (保存时遮盖个人信息): personal data in the title, the body's text
 * the attachment titles and a document's earlier versions (title and body) is replaced, keeping the first and last characters, except
 * what a reviewer allowed. Each text run is masked on its own so formatting survives.
 */
export const maskPersonalData: CollectionBeforeChangeHook<ReviewedItem> = ({ data, originalDoc }) => {
  if (!data.maskPersonalData) return data
  const merged: Partial<ReviewedItem> = { ...(originalDoc ?? {}), ...data }
  const allowed = new Set((merged.personalDataOverrides ?? []).map((o) => o.text?.trim()).filter(Boolean))
  const mask = (text: string) =>
    redact(
      text,
      scanPersonalData(text).filter((hit) => hit.severity !== 'low' && !allowed.has(hit.text)),
    )
  const next: Partial<ReviewedItem> = { ...data, maskPersonalData: false }
  if (typeof merged.title === 'string') next.title = mask(merged.title)
  if (merged.body && typeof merged.body === 'object') next.body = maskNode(structuredClone(merged.body), mask)
  if ('versions' in merged && Array.isArray(merged.versions)) {
    ;(next as Partial<Document>).versions = merged.versions.map((row) => ({
      ...row,
      title: mask(row.title),
      body: row.body && typeof row.body === 'object' ? maskNode(structuredClone(row.body), mask) : row.body,
    }))
  }
  if (Array.isArray(merged.attachments)) {
    next.attachments = merged.attachments.map((row) => (typeof row.title === 'string' ? { ...row, title: mask(row.title) } : row))
  }
  return next
}

function maskNode<T extends { root: LexicalNode }>(state: T, mask: (text: string) => string): T {
  const visit = (node: LexicalNode) => {
    if (node.type === 'text' && typeof node.text === 'string') node.text = mask(node.text)
    node.children?.forEach(visit)
  }
  visit(state.root)
  return state
}
