/**
 * Personal data in what an item publishes: its title, the text of its body, the
 * titles of its attachments and, for a document, the title and text of each earlier
 * version (issue 22), which the site publishes too. Low-severity hits (office switchboards) are public
 * information and only reported; the rest block submission and publication until they
 * are masked or a reviewer records why they may stay.
 */
import { type PersonalDataHit, scanPersonalData } from '../../core/personalData/index'
import type { LexicalState } from '../../core/snapshot/lexical'
import { plainTextFromLexical } from '../../core/snapshot/plainText'
import type { ReviewedItem } from './reviewed'

export type ItemHit = PersonalDataHit & { where: string }

export function personalDataInItem(item: Partial<ReviewedItem>): ItemHit[] {
  const overridden = new Set((item.personalDataOverrides ?? []).map((o) => o.text?.trim()).filter(Boolean))
  const places: Array<[string, string]> = [
    ['标题', typeof item.title === 'string' ? item.title : ''],
    ['正文', plainTextFromLexical(item.body)],
    ...(item.attachments ?? []).map((a): [string, string] => ['附件名称', a.title ?? '']),
    ...('versions' in item ? (item.versions ?? []) : []).flatMap((row, index): Array<[string, string]> => [
      [`第${index + 1}个版本的标题`, row.title ?? ''],
      [`第${index + 1}个版本的正文`, plainTextFromLexical(row.body as LexicalState | null | undefined)],
    ]),
  ]
  return places.flatMap(([where, text]) =>
    scanPersonalData(text)
      .filter((hit) => hit.severity !== 'low' && !overridden.has(hit.text))
      .map((hit) => ({ ...hit, where })),
  )
}
