/**
 * The version index of one document as the static site publishes it (buildVersionIndex in
 * versionIndex.ts writes it, the browser reads it to answer /documents/<id>/?date=YYYY-MM-DD):
 * every version's number, name, title, dates, the document that made it and the articles it
 * changed, without the texts. Plain JSON; this schema checks it on both sides.
 */
import { z } from 'zod'

import { isCalendarDate } from '../calendar/calendarDate'
import { versionKinds } from './versionHistory'

const day = z.string().refine(isCalendarDate, 'expected a real day as YYYY-MM-DD')

export const changeSummarySchema = z.object({
  changed: z.array(z.string()),
  added: z.array(z.string()),
  deleted: z.array(z.string()),
  renumbered: z.array(z.object({ from: z.string(), to: z.string() })),
})

export const amendingRefSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('document'), documentId: z.string().min(1) }),
  z.object({ type: z.literal('citation'), text: z.string().min(1) }),
])

export const versionIndexEntrySchema = z.object({
  /** 1-based; the version's page is /documents/<id>/versions/<number>/. */
  number: z.number().int().positive(),
  kind: z.enum(versionKinds),
  /** 原文, 2019年第一次修正. */
  label: z.string().min(1),
  title: z.string().min(1),
  promulgatedDate: day.nullable(),
  effectiveDate: day.nullable(),
  amendedBy: amendingRefSchema.nullable(),
  /** What it changed against the version before it; null for the 原文. */
  changes: changeSummarySchema.nullable(),
})

export const versionIndexSchema = z.object({
  documentId: z.string().min(1),
  /** 废止日期 of the document, first day no longer in force. */
  repealedOn: day.nullable(),
  /** 有效期至 of the document, last day in force. */
  expiresOn: day.nullable(),
  versions: z.array(versionIndexEntrySchema).min(1),
})

export type VersionIndexEntry = z.infer<typeof versionIndexEntrySchema>
export type VersionIndex = z.infer<typeof versionIndexSchema>
