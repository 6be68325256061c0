/**
 * One public document of the snapshot: its row shaped and validated by the document
 * schema, with what is derived from other records (organisations, relations,
 * interpretations, validity on `asOf`) computed for this export, and written to its file.
 */
import path from 'node:path'

import type { DocumentRelation } from '../../core/relations/documentRelations'
import type { Document } from '../payload-types'
import { exportAttachments, type SnapshotFiles } from '../snapshot/exportFiles'
import { blocksFromLexical } from '../../core/snapshot/fromLexical'
import type { LexicalState } from '../../core/snapshot/lexical'
import { numberParts } from '../../core/snapshot/numberParts'
import { publicRelations, publicValidity } from '../../core/snapshot/publicValidity'
import { documentSchema, type PublicDocument, type PublicOrganization, snapshotPaths } from '../../core/snapshot/schema'
import { writeItemFile } from '../../core/snapshot/snapshotJson'

type Described = { title: string; docNumber: string | null }

export type DocumentContext = {
  staging: string
  files: SnapshotFiles
  asOf: string
  /** A preview shows the page as it would be published. */
  preview: boolean
  day: (value: string | null | undefined) => string | null
  organization: (ref: unknown) => PublicOrganization | null
  /** The public relations this document is on either side of, in their order. */
  relationsOf: (id: string) => DocumentRelation[]
  describe: (id: string) => Described | undefined
  interpretationsOf: (id: string) => PublicDocument['interpretations']
}

export async function exportDocument(
  doc: Document,
  /** The previous snapshot's file of an unchanged document: its body is kept. */
  previous: string | undefined,
  context: DocumentContext,
): Promise<PublicDocument> {
  const { day } = context
  const id = String(doc.slug)
  const relations = context.relationsOf(id)
  const attachments = await exportAttachments(context.files, id, doc.attachments ?? [])
  const dates = {
    writtenDate: day(doc.writtenDate),
    publishedDate: day(doc.publishedDate ?? doc.createdAt),
    effectiveDate: day(doc.effectiveDate),
    expiresOn: day(doc.expiresOn),
    repealedOn: day(doc.repealedOn),
  }
  const { validity, repealedOn } = publicValidity({ id, ...dates }, relations, context.asOf)
  const document = documentSchema.parse({
    id,
    title: doc.title,
    docNumber: doc.docNumber ?? (doc.docNumberRaw || null),
    docNumberRaw: doc.docNumberRaw || null,
    docNumberParts: numberParts(doc.docNumber),
    unifiedNumber: doc.unifiedNumber || null,
    indexNumber: doc.indexNumber || null,
    kind: doc.kind,
    issuers: (doc.issuers ?? []).map(context.organization).filter((o): o is PublicOrganization => o !== null),
    ...dates,
    repealedOn,
    validity,
    relations: publicRelations(id, relations, context.describe),
    interpretationBody: context.organization(doc.interpretationBody),
    interpretations: context.interpretationsOf(id),
    disclosure: context.preview ? 'proactive' : doc.disclosure,
    subject: doc.subject || null,
    keywords: doc.keywords ?? [],
    aliases: (doc.aliases ?? []).map(({ name, kind }) => ({ name: name.trim(), kind })).filter((alias) => alias.name !== ''),
    // The body converted by the export that wrote the previous file, validated then.
    body: previous ? [] : blocksFromLexical(doc.body as LexicalState | null | undefined),
    attachments,
    updatedAt: doc.updatedAt,
  })
  writeItemFile(path.join(context.staging, snapshotPaths.document(id)), document, previous)
  return document
}
