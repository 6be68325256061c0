/**
 * The public snapshot assembled from rows already read: each document's and
 * interpretation's file and the manifest, with everything derived from other records
 * computed here once (the printed number and its parts, validity on `asOf`, relations
 * from both sides, the links between documents and their interpretations, the
 * organisations named, the lists in the manifest). Pure: no reading, no writing. The
 * CMS's export (cms/export/exportSnapshot.ts) and the corpus writer
 * (scripts/corpus/writeCorpusSnapshot.ts) both call it, so the two cannot drift apart.
 */
import { storedHistory } from '../history/storedHistory'
import type { AmendingRef, DocumentVersion, VersionHistory, VersionKind } from '../history/versionHistory'
import { buildVersionIndex } from '../history/versionIndex'
import type { DocumentRelation } from '../relations/documentRelations'
import { blocksFromLexical } from './fromLexical'
import type { LexicalState } from './lexical'
import { numberParts } from './numberParts'
import { plainTextFromBlocks, rawLexicalText } from './plainText'
import { supersededTitles } from '../search/supersededTitles'
import { withHistoryRelations } from './historyRelations'
import { publicRelations, publicValidity } from './publicValidity'
import {
  documentSchema,
  type GazetteIssue,
  type GazetteSettingsInput,
  interpretationSchema,
  interpretationSummarySchema,
  type Manifest,
  manifestSchema,
  type PublicAttachment,
  type PublicDocument,
  type PublicInterpretation,
  type PublicOrganization,
  SNAPSHOT_SCHEMA_VERSION,
  snapshotPaths,
  type SupersededTitle,
} from './schema'
import { newestPublishedFirst } from './publicationOrder'

/** An item's body: converted from the editor's state, or the one in its previous file (kept byte for byte by the writer). */
export type ItemBody = { lexical: LexicalState | null | undefined } | { previousFile: string; lexical?: LexicalState | null | undefined }

/** An earlier text of a document as read: its body still the editor's state. */
export type EarlierVersionRow = Omit<DocumentVersion, 'body'> & { body: LexicalState | null | undefined }

/** A public document as read: calendar days, organisations and copied attachments resolved, nothing derived yet. */
export type DocumentRow = {
  /** The public id (slug). */
  id: string
  title: string
  /** 发文字号 in strict form, when it is one. */
  docNumber: string | null
  /** 发文字号 as printed. */
  docNumberRaw: string | null
  unifiedNumber: string | null
  indexNumber: string | null
  kind: PublicDocument['kind']
  issuers: PublicOrganization[]
  writtenDate: string | null
  publishedDate: string | null
  effectiveDate: string | null
  expiresOn: string | null
  repealedOn: string | null
  interpretationBody: PublicOrganization | null
  disclosure: string
  subject: string | null
  keywords: string[]
  aliases: Array<{ name: string; kind: 'short' | 'former' }>
  body: ItemBody
  attachments: PublicAttachment[]
  updatedAt: string
  /** Issue 22: the current text's kind and maker, and the earlier texts (absent: a 原文 alone). */
  versionKind?: VersionKind
  amendedBy?: AmendingRef | null
  earlierVersions?: EarlierVersionRow[]
}

/** A public interpretation as read; `documents` are the public ids of the documents it explains, in order. */
export type InterpretationRow = {
  id: string
  title: string
  form: PublicInterpretation['form']
  interpretationBody: PublicOrganization | null
  documents: string[]
  publishedDate: string
  body: ItemBody
  images: PublicInterpretation['images']
  video: PublicInterpretation['video']
  attachments: PublicAttachment[]
  updatedAt: string
}

export type SnapshotRows = {
  gazette: GazetteSettingsInput
  /** The day statuses are computed for. */
  asOf: string
  generatedAt: string
  documents: DocumentRow[]
  /** Relations between public documents, by public id. */
  relations: DocumentRelation[]
  /** Oldest first: a document lists its interpretations in this order. */
  interpretations: InterpretationRow[]
  withdrawn?: Manifest['withdrawn']
  issues?: GazetteIssue[]
}

/** One file of the snapshot; an item whose body is kept names the previous file it comes from. */
export type SnapshotFile = { path: string; value: unknown; previousFile?: string }

export type AssembledSnapshot = {
  documents: PublicDocument[]
  interpretations: PublicInterpretation[]
  manifest: Manifest
  /** Every file to write, the manifest last. */
  files: SnapshotFile[]
}

type Described = { id: string; title: string; docNumber: string | null }

export function assembleSnapshot(rows: SnapshotRows): AssembledSnapshot {
  // Relations, interpretations and issues name a document by its strict number only.
  const described = new Map<string, Described>(
    rows.documents.map((doc) => [doc.id, { id: doc.id, title: doc.title, docNumber: doc.docNumber }]),
  )
  // The organisations the public pages name, in the order first met (ties in the sort keep it).
  const organizations = new Map<string, PublicOrganization>()
  const named = (org: PublicOrganization | null) => {
    if (org) organizations.set(org.slug, org)
    return org
  }
  const files: SnapshotFile[] = []

  const interpretationsOf = new Map<string, PublicDocument['interpretations']>()
  const interpretations: PublicInterpretation[] = []
  for (const row of rows.interpretations) {
    const interpretation = interpretationSchema.parse({
      id: row.id,
      title: row.title,
      form: row.form,
      interpretationBody: named(row.interpretationBody),
      documents: row.documents.flatMap((id) => described.get(id) ?? []),
      publishedDate: row.publishedDate,
      body: blocks(row.body),
      images: row.images,
      video: row.video,
      attachments: row.attachments,
      updatedAt: row.updatedAt,
    })
    interpretations.push(interpretation)
    files.push(itemFile(snapshotPaths.interpretation(row.id), interpretation, row.body))
    for (const document of interpretation.documents) {
      const list = interpretationsOf.get(document.id) ?? []
      list.push({ id: row.id, title: interpretation.title, form: interpretation.form, publishedDate: row.publishedDate })
      interpretationsOf.set(document.id, list)
    }
  }

  // The histories' own 修改 relations count like entered ones; a repeal does not change them.
  const amended = rows.documents.filter((row) => row.amendedBy || (row.earlierVersions ?? []).length > 0)
  const relationsOf = byDocument(
    withHistoryRelations(
      rows.relations,
      amended.map((row) => versionHistory(row, null, { bodies: false })),
      (id) => described.has(id),
    ),
  )
  const documents: PublicDocument[] = []
  const supersededOf = new Map<string, SupersededTitle[]>()
  for (const row of rows.documents) {
    const relations = relationsOf.get(row.id) ?? []
    const dates = {
      writtenDate: row.writtenDate,
      publishedDate: row.publishedDate,
      effectiveDate: row.effectiveDate,
      expiresOn: row.expiresOn,
      repealedOn: row.repealedOn,
    }
    const { validity, repealedOn } = publicValidity({ id: row.id, ...dates }, relations, rows.asOf)
    const history = versionHistory(row, repealedOn)
    const document = documentSchema.parse({
      id: row.id,
      title: row.title,
      docNumber: row.docNumber ?? row.docNumberRaw,
      docNumberRaw: row.docNumberRaw,
      docNumberParts: numberParts(row.docNumber),
      unifiedNumber: row.unifiedNumber,
      indexNumber: row.indexNumber,
      kind: row.kind,
      issuers: row.issuers.map(named),
      ...dates,
      repealedOn,
      validity,
      relations: publicRelations(row.id, relations, (other) => described.get(other)),
      interpretationBody: named(row.interpretationBody),
      interpretations: interpretationsOf.get(row.id) ?? [],
      disclosure: row.disclosure,
      subject: row.subject,
      keywords: row.keywords,
      aliases: row.aliases.map(({ name, kind }) => ({ name: name.trim(), kind })).filter((alias) => alias.name !== ''),
      body: blocks(row.body),
      attachments: row.attachments,
      updatedAt: row.updatedAt,
      versionKind: row.versionKind ?? 'original',
      amendedBy: row.amendedBy ?? null,
      earlierVersions: history.versions.slice(0, -1),
      versionIndex: buildVersionIndex(history),
    })
    documents.push(document)
    supersededOf.set(row.id, supersededBy(document, row.body))
    files.push(itemFile(snapshotPaths.document(row.id), document, row.body))
  }
  const takenOver = withReplacedNames(documents, supersededOf)

  const manifest = manifestSchema.parse({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generatedAt: rows.generatedAt,
    statusAsOf: rows.asOf,
    nextStatusChange: earliest(documents.map((doc) => doc.validity.nextChange)),
    gazette: rows.gazette,
    // The summary schema keeps the list fields and drops the rest (body, relations…).
    documents: documents
      .map((doc) => ({
        ...doc,
        status: doc.validity.status,
        versionCount: doc.earlierVersions.length + 1,
        versionIndex: doc.earlierVersions.length > 0 ? doc.versionIndex : null,
        supersededTitles: takenOver.get(doc.id) ?? [],
      }))
      .sort(newestPublishedFirst),
    interpretations: interpretations.map((item) => interpretationSummarySchema.parse(item)).sort(newestPublishedFirst),
    withdrawn: rows.withdrawn ?? [],
    issues: rows.issues ?? [],
    organizations: [...organizations.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  })
  files.push({ path: snapshotPaths.manifest, value: manifest })
  return { documents, interpretations, manifest, files }
}

/**
 * The document's version history (core/history/storedHistory.ts), its earlier bodies in the
 * block format. A reused body is empty here, which only a document without earlier versions
 * may have (cms/snapshot/readPublicItems.ts reads the others in full), whose index compares nothing.
 */
function versionHistory(row: DocumentRow, repealedOn: string | null, { bodies = true } = {}): VersionHistory {
  // Without bodies for the relations, which read only kinds, dates and amending documents:
  // converting every earlier text twice would double the export's costliest step for them.
  const body = (lexical: LexicalState | null | undefined) => (bodies ? blocksFromLexical(lexical) : [])
  return storedHistory({
    id: row.id,
    title: row.title,
    body: bodies ? blocks(row.body) : [],
    writtenDate: row.writtenDate,
    publishedDate: row.publishedDate,
    effectiveDate: row.effectiveDate,
    expiresOn: row.expiresOn,
    repealedOn,
    versionKind: row.versionKind ?? 'original',
    amendedBy: row.amendedBy ?? null,
    earlier: (row.earlierVersions ?? []).map((version) => ({ ...version, body: body(version.body) })),
  })
}

/**
 * The titles a document took the place of: those it repeals or replaces by a relation, then
 * those its own text repeals (core/search/supersededTitles.ts), each once.
 */
function supersededBy(document: PublicDocument, body: ItemBody): SupersededTitle[] {
  const titles: SupersededTitle[] = document.relations
    .filter((relation) => relation.side === 'repeals' || relation.side === 'replaces')
    .map((relation) => ({ title: relation.title, relation: relation.side as SupersededTitle['relation'] }))
  const text = 'previousFile' in body ? rawLexicalText(body.lexical) : plainTextFromBlocks(document.body)
  for (const title of supersededTitles(text)) {
    if (!titles.some((known) => known.title === title) && title !== document.title) titles.push({ title, relation: 'replaces' })
  }
  return titles
}

/**
 * Old names pass on along replacements: a text that replaces one which had itself taken the
 * place of others answers to their names too (国境卫生检疫法 2024 replaces the 2018 text, which
 * repealed 国境卫生检疫条例; a reader asking for the 条例 wants the text in force). Only through
 * 替代 relations: a decision that repeals a hundred texts does not take over their old names.
 */
function withReplacedNames(
  documents: readonly PublicDocument[],
  direct: ReadonlyMap<string, SupersededTitle[]>,
): Map<string, SupersededTitle[]> {
  const byId = new Map(documents.map((document) => [document.id, document]))
  const namesOf = (id: string, visited: Set<string>): SupersededTitle[] => {
    const document = byId.get(id)
    // A text replacing an earlier text of the same title has no old name in it.
    const titles = (direct.get(id) ?? []).filter((name) => name.title !== document?.title)
    for (const relation of document?.relations ?? []) {
      if (relation.side !== 'replaces' || visited.has(relation.documentId)) continue
      visited.add(relation.documentId)
      for (const name of namesOf(relation.documentId, visited)) {
        if (name.title !== document?.title && !titles.some((known) => known.title === name.title)) titles.push(name)
      }
    }
    return titles
  }
  return new Map(documents.map((document) => [document.id, namesOf(document.id, new Set([document.id]))]))
}

/** An item's blocks; a body kept from the previous file is the empty placeholder the writer fills. */
function blocks(body: ItemBody): PublicDocument['body'] {
  return 'previousFile' in body ? [] : blocksFromLexical(body.lexical)
}

function itemFile(path: string, value: unknown, body: ItemBody): SnapshotFile {
  return 'previousFile' in body ? { path, value, previousFile: body.previousFile } : { path, value }
}

/** The relations each document is on either side of, in their order: a document needs only its own. */
function byDocument(relations: readonly DocumentRelation[]): Map<string, DocumentRelation[]> {
  const result = new Map<string, DocumentRelation[]>()
  for (const relation of relations) {
    for (const id of new Set([relation.from, relation.to])) {
      const list = result.get(id) ?? []
      list.push(relation)
      result.set(id, list)
    }
  }
  return result
}

function earliest(days: Array<string | null>): string | null {
  return days.filter((d): d is string => d !== null).sort()[0] ?? null
}
