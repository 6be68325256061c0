'use client'
/**
 * A list cell for an optional text field: the value, or a dash when there is none. A
 * document without a 发文字号 is normal (many notices have none), so Payload's default
 * "<没有 发文字号（规范形式）>" reads like missing data.
 */
import type { DefaultCellComponentProps } from 'payload'

export function TextOrDashCell({ cellData }: DefaultCellComponentProps) {
  const text = typeof cellData === 'string' ? cellData.trim() : ''
  return <span>{text || '—'}</span>
}
