/**
 * The records of a generated corpus, shaped like the sample content (scripts/lib/samples.ts):
 * calendar days as YYYY-MM-DD, organisations and documents referred to by key and slug,
 * bodies in the samples' text format. Both the CMS loader and the direct snapshot writer
 * start from these.
 */
import type { BuiltInDocumentKind } from '../../core/documents/documentKinds'
import type { RelationKind } from '../../core/relations/documentRelations'
import type { InterpretationForm } from '../../core/interpretations/interpretationForms'

/** The kinds a generated city gazette prints: the four every database already holds. */
export type GeneratedKind = Extract<BuiltInDocumentKind, 'rule' | 'normative-government' | 'normative-department' | 'other'>

export type CorpusIssuingCode = {
  /** 发文机关代字 (运政办发) or 规字代字 (运政规). */
  code: string
  series: 'docNumber' | 'unifiedNumber'
  kind: BuiltInDocumentKind
}

export type CorpusOrganization = {
  /** Public slug, [a-z0-9-]. */
  key: string
  name: string
  shortName: string | null
  /** 组织机构代码 with a valid check character, or null (then documents get no 索引号). */
  orgCode: string | null
  /** A government or its office (its rules and normative documents name an interpretation body). */
  isGovernment: boolean
  issuingCodes: CorpusIssuingCode[]
}

export type CorpusAlias = { name: string; kind: 'short' | 'former' }

export type CorpusDocument = {
  slug: string
  title: string
  /** As printed: mostly the strict form, sometimes with [] or （）第0NN号 as people type it; null for none. */
  docNumberRaw: string | null
  /** The strict form of docNumberRaw (what the CMS derives), for queries that must hit rank 1. */
  docNumber: string | null
  /** 统一编号 in the 规-series canonical form, or null. */
  unifiedNumber: string | null
  indexNumber: string | null
  kind: BuiltInDocumentKind
  /** Organisation keys, in printed order. */
  issuers: string[]
  writtenDate: string
  publishedDate: string
  effectiveDate: string | null
  expiresOn: string | null
  /** Entered 废止日期 (a few documents); repeals by other documents are in `relations`. */
  repealedOn: string | null
  interpretationBody: string | null
  disclosure: 'proactive'
  subject: string | null
  keywords: string[]
  aliases: CorpusAlias[]
  /** The body in the samples' text format (content/samples/README.md). */
  body: string
}

export type CorpusRelation = {
  kind: RelationKind
  /** Slug of the acting (newer) document. */
  from: string
  /** Slug of the amended, repealed or replaced (older) document. */
  to: string
  date: string
}

export type CorpusInterpretation = {
  slug: string
  title: string
  form: InterpretationForm
  /** Slugs of the documents explained. */
  documents: string[]
  interpretationBody: string
  publishedDate: string
  disclosure: 'proactive'
  body: string
}

export type Corpus = {
  seed: number
  organizations: CorpusOrganization[]
  /** In order of writing (oldest first). */
  documents: CorpusDocument[]
  relations: CorpusRelation[]
  interpretations: CorpusInterpretation[]
}
