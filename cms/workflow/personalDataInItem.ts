/**
 * Personal data in what an item publishes: its title, the text of its body and the
 * titles of its attachments. Low-severity hits (office switchboards) are public
 * information and only reported; the rest block submission and publication until they
 * are masked or a reviewer records why they may stay.
 */
import { type PersonalDataHit, scanPersonalData } from '../../core/personalData/index'
import { plainTextFromLexical } from '../../core/snapshot/plainText'
import type { ReviewedItem } from './reviewed'

export type ItemHit = PersonalDataHit & { where: string }

export function personalDataInItem(item: Partial<ReviewedItem>): ItemHit[] {
  const overridden = new Set((item.personalDataOverrides ?? []).map((o) => o.text?.trim()).filter(Boolean))
  const places: Array<[string, string]> = [
    ['标题', typeof item.title === 'string' ? item.title : ''],
    ['正文', plainTextFromLexical(item.body)],
    ...(item.attachments ?? []).map((a): [string, string] => ['附件名称', a.title ?? '']),
  ]
  return places.flatMap(([where, text]) =>
    scanPersonalData(text)
      .filter((hit) => hit.severity !== 'low' && !overridden.has(hit.text))
      .map((hit) => ({ ...hit, where })),
  )
}
