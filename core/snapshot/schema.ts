/**
 * The public snapshot: the contract between the CMS (which writes it) and the site
 * (which reads nothing else). Everything here is public by construction: the export
 * only ever sees what an anonymous reader may see. Imports zod only.
 */
import { z } from 'zod'

import { isCalendarDate } from '../calendar/calendarDate'
import { relationSides } from '../relations/documentRelations'
import { builtInDocumentKinds } from '../documents/documentKinds'
import { interpretationForms } from '../interpretations/interpretationForms'
import { validityStatuses } from '../documents/validity'
import { blockSchema, inlineSchema } from '../text/blocks'
import { versionKinds } from '../history/versionHistory'
import { amendingRefSchema, versionIndexSchema } from '../history/versionIndexSchema'

// A document's text is written in blocks (core/text/blocks.ts); the snapshot carries them as they are.
export { blockSchema, inlineSchema }
export type { Block, InlineNode } from '../text/blocks'

export const SNAPSHOT_SCHEMA_VERSION = 2

/** A calendar day in the gazette's time zone, YYYY-MM-DD. */
export const calendarDateSchema = z.string().refine(isCalendarDate, 'expected a real day as YYYY-MM-DD')

/** An organisation as the public sees it. */
export const organizationSchema = z.object({
  /** Stable public key, used in addresses and search filters. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Full name, e.g. 运城市人民政府办公室. */
  name: z.string().min(1),
  /** Short name, e.g. 市政府办公室; null when none is registered. */
  shortName: z.string().nullable(),
})

export const attachmentSchema = z.object({
  /** Title shown to readers, e.g. 附件1：政务公开事项清单. */
  title: z.string().min(1),
  /** Site-relative address of the file, under /files/. */
  url: z.string().startsWith('/files/'),
  filename: z.string(),
  mimeType: z.string().nullable(),
  /** Size in bytes, shown beside the link. */
  bytes: z.number().int().nonnegative().nullable(),
})

/** The parts of a strict 发文字号, for listings by issuing code and year and for number addresses. */
export const docNumberPartsSchema = z.discriminatedUnion('shape', [
  z.object({
    shape: z.literal('standard'),
    /** 发文机关代字, e.g. 运政办发. */
    code: z.string().min(1),
    year: z.number().int(),
    serial: z.number().int().positive(),
  }),
  z.object({
    /** Orders of government rules: 运城市人民政府令第12号. */
    shape: z.literal('order'),
    issuer: z.string().min(1),
    serial: z.number().int().positive(),
  }),
])

export const validityStatusSchema = z.enum(validityStatuses)

/** A dated event from a relation that changes this document's status. */
export const validityEventSchema = z.object({
  kind: z.enum(['amended', 'repealed', 'replaced']),
  /** The public document that amends, repeals or replaces this one. */
  by: z.string(),
  date: calendarDateSchema,
})

/** This document's status as of the build, and the facts to recompute it on any day. */
export const validitySchema = z.object({
  /** The status on `asOf`. */
  status: validityStatusSchema,
  /** The day the status was computed for (the build date, in the gazette's time zone). */
  asOf: calendarDateSchema,
  /** The next day on which the status changes; null when it never will. */
  nextChange: calendarDateSchema.nullable(),
  /** Every change of status, in order. */
  timeline: z.array(z.object({ date: calendarDateSchema, status: validityStatusSchema })),
  /** Relation events (from public documents only) that the status depends on. */
  events: z.array(validityEventSchema),
})

/** A relation seen from this document's side, e.g. 被《…》废止. */
export const relationSchema = z.object({
  side: z.enum(relationSides),
  /** The other document's public id. */
  documentId: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  date: calendarDateSchema,
})

/** A link from a document to one of its interpretations, or back. */
export const interpretationRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  form: z.enum(interpretationForms),
  publishedDate: calendarDateSchema,
})

export const documentRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
})

/** An earlier text of a document (issue 22): what was published of it, the body in the snapshot's block format. */
export const earlierVersionSchema = z.object({
  kind: z.enum(versionKinds),
  title: z.string(),
  body: z.array(blockSchema),
  /** 公布日期. */
  promulgatedDate: calendarDateSchema.nullable(),
  /** 施行日期. */
  effectiveDate: calendarDateSchema.nullable(),
  amendedBy: amendingRefSchema.nullable(),
})

export const documentSchema = z.object({
  /** Stable public identifier; the document page lives at /documents/<id>/. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** 发文字号 in the strict GB/T 9704 form, or as typed when it could not be normalised. */
  docNumber: z.string().nullable(),
  /** 发文字号 exactly as the source printed it. */
  docNumberRaw: z.string().nullable(),
  /** The parts of docNumber when it is in strict form; null otherwise. */
  docNumberParts: docNumberPartsSchema.nullable(),
  /** 统一编号 of a normative document (规-series or the site's own shape), canonical form. */
  unifiedNumber: z.string().nullable(),
  /** 索引号, catalogue index number. */
  indexNumber: z.string().nullable(),
  /**
   * 文种, a stored value of the gazette's list (manifest gazette.kinds). A value the list no
   * longer holds is carried as it is: the site shows it as stored and warns at build.
   */
  kind: z.string().min(1),
  /** 发文机关: one or more for joint documents, in the order printed. */
  issuers: z.array(organizationSchema).min(1),
  /** 成文日期. */
  writtenDate: calendarDateSchema,
  /** 发布日期. */
  publishedDate: calendarDateSchema,
  /** 施行日期. */
  effectiveDate: calendarDateSchema.nullable(),
  /** 有效期至. */
  expiresOn: calendarDateSchema.nullable(),
  /** 废止日期: as entered, or the date of the first repeal or replacement by another document. */
  repealedOn: calendarDateSchema.nullable(),
  validity: validitySchema,
  /** Relations with other public documents, both directions. */
  relations: z.array(relationSchema),
  /** 解读主体. */
  interpretationBody: organizationSchema.nullable(),
  /** Published interpretation materials (政策解读) of this document, oldest first. */
  interpretations: z.array(interpretationRefSchema).default([]),
  /** Always 主动公开: nothing else is ever exported. */
  disclosure: z.literal('proactive'),
  /** 主题分类. */
  subject: z.string().nullable(),
  keywords: z.array(z.string()),
  /** Other names readers search by: 简称 (short) and 曾用名 (former). */
  aliases: z.array(z.object({ name: z.string().min(1), kind: z.enum(['short', 'former']) })).default([]),
  /** Issue 22: what the current text is (原文, or the 修正/修订/勘误 that made it); documents written before it are 原文. */
  versionKind: z.enum(versionKinds).default('original'),
  /** The document that made the current text: a public document's id, or a citation; null for a 原文. */
  amendedBy: amendingRefSchema.nullable().default(null),
  /** The earlier texts, oldest first (the first is the 原文); empty for a document never amended. */
  earlierVersions: z.array(earlierVersionSchema).default([]),
  /**
   * The whole history without the texts (core/history/versionIndex.ts), as the date form reads
   * it; null in older snapshots. These fields stay before `updatedAt`, the last key, which
   * snapshotJson.ts reads from a file's tail.
   */
  versionIndex: versionIndexSchema.nullable().default(null),
  body: z.array(blockSchema),
  attachments: z.array(attachmentSchema),
  /** When the published version was last changed (ISO 8601). */
  updatedAt: z.string(),
})

/** 政策解读: interpretation material published with or after the documents it explains. */
export const interpretationSchema = z.object({
  /** Stable public identifier; the page lives at /interpretations/<id>/. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** 文字解读, 图文解读, 问答 or 视频. */
  form: z.enum(interpretationForms),
  /** Who interprets (谁起草、谁解读). */
  interpretationBody: organizationSchema.nullable(),
  /** The public documents it explains (互为链接). */
  documents: z.array(documentRefSchema),
  publishedDate: calendarDateSchema,
  body: z.array(blockSchema),
  /** Figures of an illustrated interpretation, in order. */
  images: z.array(
    z.object({
      url: z.string().startsWith('/files/'),
      alt: z.string(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
    }),
  ),
  /** A video: an uploaded file under /files/ or an external https address. */
  video: z.object({ url: z.string(), mimeType: z.string().nullable() }).nullable(),
  attachments: z.array(attachmentSchema),
  updatedAt: z.string(),
})

export const interpretationSummarySchema = interpretationSchema.pick({
  id: true,
  title: true,
  form: true,
  interpretationBody: true,
  documents: true,
  publishedDate: true,
})

/** A title a document took the place of, and how: by replacing it or by repealing it. */
export const supersededTitleSchema = z.object({ title: z.string().min(1), relation: z.enum(['replaces', 'repeals']) })

/** What list pages need, kept in the manifest so that they do not read every document. */
export const documentSummarySchema = documentSchema
  .pick({
    id: true,
    title: true,
    docNumber: true,
    docNumberRaw: true,
    docNumberParts: true,
    unifiedNumber: true,
    kind: true,
    issuers: true,
    writtenDate: true,
    publishedDate: true,
    effectiveDate: true,
    expiresOn: true,
    repealedOn: true,
    // For the name index and the search suggestions, which an incremental build makes
    // again: from the manifest, without reading every document.
    subject: true,
    keywords: true,
    aliases: true,
    // For the feeds' <updated>, without reading every document on every build.
    updatedAt: true,
  })
  .extend({
    /** Status on the build date (the catalogues are as of the build; pages correct it in the browser). */
    status: validityStatusSchema,
    /** How many versions it has (issue 22), so the site lists version pages without reading every document. */
    versionCount: z.number().int().positive().default(1),
    /**
     * Titles the document took the place of (替代 and 废止 relations, and 《…》同时废止 in its own
     * text), for the name index: readers go on asking by the old names (issue 21).
     */
    supersededTitles: z.array(supersededTitleSchema).default([]),
    /**
     * The document's versionIndex when it has more than one version, for the name index (earlier
     * titles), the catalogues and open data; null for a 原文 alone, whose index follows from the
     * fields above (summaryVersionIndex in publicHistory.ts), so the manifest stays small.
     */
    versionIndex: versionIndexSchema.nullable().default(null),
  })

/** One document or interpretation as printed in an issue, with its print pages. */
export const issueEntrySchema = z.object({
  kind: z.enum(['document', 'interpretation']),
  /** The public id: the page lives at /documents/<id>/ or /interpretations/<id>/. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  docNumber: z.string().nullable(),
  firstPage: z.number().int().positive(),
  lastPage: z.number().int().positive(),
  /** Withdrawn since it was printed: its address shows the withdrawal notice. */
  withdrawn: z.boolean().default(false),
})

/** 公报期刊: an issue as published, print and web alike. */
export const gazetteIssueSchema = z.object({
  /** <year>-<issue number>; the page lives at /issues/<year>/<issue number>/. */
  id: z.string().regex(/^\d{4}-\d+$/),
  year: z.number().int(),
  /** 期号 within the year. */
  issueNumber: z.number().int().positive(),
  /** 总期号 since the first issue. */
  totalNumber: z.number().int().positive(),
  publicationDate: calendarDateSchema,
  /** 栏目 in print order, each with its entries in print order. */
  sections: z.array(z.object({ title: z.string().min(1), entries: z.array(issueEntrySchema) })),
  /** The print edition. */
  pdf: z
    .object({ url: z.string().startsWith('/files/'), bytes: z.number().int().nonnegative(), pages: z.number().int().positive() })
    .nullable(),
  /**
   * Why the issue's print PDF is not offered although it has one: it prints items no longer
   * public, until a corrected edition (勘误版) without them is published. Null when the PDF
   * is offered or the issue has none.
   */
  pdfWithheld: z
    .object({
      /** Titles of the withdrawn documents the PDF still prints (their addresses name them already). */
      withdrawn: z.array(z.string()),
      /** It prints items that are no longer public at all; never named. */
      hidden: z.boolean(),
    })
    .nullable()
    .default(null),
  cover: z
    .object({
      /** The cover as a WebP page image (re-encoded with sharp; never the uploaded file). */
      url: z.string().startsWith('/files/'),
      /** A small WebP made with sharp for lists and the issue page. */
      thumbnailUrl: z.string().startsWith('/files/'),
      thumbnailWidth: z.number().int().positive(),
      thumbnailHeight: z.number().int().positive(),
    })
    .nullable(),
  /** 勘误 published after the issue, oldest first. */
  corrections: z.array(z.object({ date: calendarDateSchema, text: z.string().min(1) })),
  updatedAt: z.string(),
})

/** One kind of document (core/documents/documentKinds.ts DocumentKindDefinition). */
export const documentKindSchema = z.object({
  /** Stored value, also the address of its feed. */
  value: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The name readers see and filter by. */
  label: z.string().min(1),
  /** Needs a 索引号 (publication refused without one). */
  indexNumber: z.boolean(),
  /** Listed in the catalogues of normative documents. */
  catalogue: z.boolean(),
  /** Has its own feed. */
  feed: z.boolean(),
  /** Printed before it takes effect (施行前刊登). */
  printedBeforeEffect: z.boolean(),
  /** 30 days between publication and 施行日期 (规章). */
  ruleNotice: z.boolean(),
  /** 有效期至 required to publish. */
  expiresOnRequired: z.boolean(),
  /** 统一编号 required. */
  unifiedNumberRequired: z.boolean(),
  /** Names its 解读主体 when a government issues it. */
  interpretationBody: z.boolean(),
  /** Reviewed when it states no 有效期至. */
  expiryReview: z.boolean(),
})

export const gazetteSettingsSchema = z.object({
  /** The gazette's name, e.g. 运城市人民政府公报. */
  name: z.string().min(1),
  /** IANA time zone in which dates are calendar days. */
  timeZone: z.string(),
  /**
   * The gazette's kinds of document in their order (DOCUMENT_KINDS_FILE at export), so the
   * site builds its labels, filters, catalogues, feeds and open data from the snapshot alone.
   * Snapshots written before kinds were configured hold the built-in list.
   */
  kinds: z
    .array(documentKindSchema)
    .min(1)
    .default(() => builtInDocumentKinds.map((kind) => ({ ...kind }))),
})

export const manifestSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  /** When the export ran (ISO 8601). */
  generatedAt: z.string(),
  /** The day statuses were computed for. */
  statusAsOf: calendarDateSchema,
  /** The earliest day any document's status changes: rebuild then. */
  nextStatusChange: calendarDateSchema.nullable(),
  gazette: gazetteSettingsSchema,
  /** Every public document, newest publication first (publicationOrder.ts: the higher id first on the same day). */
  documents: z.array(documentSummarySchema),
  /**
   * Documents once published and then withdrawn (撤回): their address stays, with a notice
   * saying so and when. Only the title, already public before, is kept.
   */
  withdrawn: z.array(z.object({ id: z.string(), title: z.string(), withdrawnOn: calendarDateSchema })).default([]),
  /** Every public interpretation, newest publication first (publicationOrder.ts). */
  interpretations: z.array(interpretationSummarySchema).default([]),
  /** Published gazette issues, newest first. */
  issues: z.array(gazetteIssueSchema).default([]),
  /** Organisations that issued or interpret at least one public document. */
  organizations: z.array(organizationSchema),
})

export type PublicOrganization = z.infer<typeof organizationSchema>
export type PublicAttachment = z.infer<typeof attachmentSchema>
export type PublicDocument = z.infer<typeof documentSchema>
export type PublicInterpretation = z.infer<typeof interpretationSchema>
export type DocumentSummary = z.infer<typeof documentSummarySchema>
export type SupersededTitle = z.infer<typeof supersededTitleSchema>
export type GazetteSettings = z.infer<typeof gazetteSettingsSchema>
/** Gazette settings as a writer gives them: without kinds, the built-in list. */
export type GazetteSettingsInput = z.input<typeof gazetteSettingsSchema>
export type Manifest = z.infer<typeof manifestSchema>
export type GazetteIssue = z.infer<typeof gazetteIssueSchema>
export type IssueEntry = z.infer<typeof issueEntrySchema>

/** File layout of a snapshot folder, relative to its root. */
export const snapshotPaths = {
  manifest: 'manifest.json',
  document: (id: string) => `documents/${id}.json`,
  interpretation: (id: string) => `interpretations/${id}.json`,
  file: (documentId: string, filename: string) => `files/${documentId}/${filename}`,
} as const
