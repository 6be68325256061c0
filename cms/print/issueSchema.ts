/**
 * What the print engine prints: one gazette issue, its sections (栏目) and their
 * entries in print order. The shape is the engine's contract with whatever feeds it:
 * the snapshot CLI today, a gazette-issues collection later. Bodies are snapshot
 * blocks (plain text with marks), so print and web render the same source.
 */
import { z } from 'zod'

import { blockSchema, calendarDateSchema } from '../../core/snapshot/schema'
import { isPageSize } from './pageSize'

export const printEntrySchema = z.object({
  /** Stable identifier, e.g. the public document id; reported back with the entry's pages. */
  id: z.string().min(1),
  title: z.string().min(1),
  /** 发文字号 as it should print, or null when the document has none. */
  docNumber: z.string().nullable(),
  /** 发文机关 names, in printed order. The body carries the signature as issued, so the
   * layout does not print these again; they travel with the entry for the issue record. */
  issuers: z.array(z.string()),
  /** 成文日期; null when the source states none. Like issuers, printed by the body. */
  writtenDate: calendarDateSchema.nullable(),
  body: z.array(blockSchema),
  kind: z.enum(['document', 'interpretation']),
})

export const printSectionSchema = z.object({
  /** 栏目, e.g. 市政府文件. */
  title: z.string().min(1),
  entries: z.array(printEntrySchema).min(1),
})

export const printIssueSchema = z
  .object({
    /** e.g. 运城市人民政府公报. */
    gazetteName: z.string().min(1),
    year: z.number().int().min(1949).max(9999),
    /** 期号 within the year. */
    issueNumber: z.number().int().positive(),
    /** 总期号 since the first issue. */
    totalNumber: z.number().int().positive(),
    publicationDate: calendarDateSchema,
    sections: z.array(printSectionSchema).min(1),
    /** A CSS page size: A4 (GB/T 9704), A5, B5, 16K, or "185mm 260mm". */
    pageSize: z.string().refine(isPageSize, 'unsupported page size').default('A4'),
    /** An image file printed on the cover (PNG, JPEG, WebP or SVG). */
    coverImage: z.string().optional(),
  })
  .refine((issue) => uniqueIds(issue.sections), 'entry ids must be unique within an issue')

function uniqueIds(sections: Array<{ entries: Array<{ id: string }> }>): boolean {
  const ids = sections.flatMap((section) => section.entries.map((entry) => entry.id))
  return new Set(ids).size === ids.length
}

export type PrintEntry = z.infer<typeof printEntrySchema>
export type PrintSection = z.infer<typeof printSectionSchema>
/** An issue as callers write it (pageSize optional). */
export type PrintIssueInput = z.input<typeof printIssueSchema>
/** An issue after validation and defaults. */
export type PrintIssue = z.output<typeof printIssueSchema>
