/**
 * One public document's part of the export: its row as the snapshot assembler takes it
 * (core/snapshot/assembleSnapshot.ts), with calendar days in the gazette's time zone,
 * its organisations resolved and its attachments copied into the snapshot. What is
 * derived from other records (validity, relations, interpretations) is the assembler's.
 * Its earlier versions (issue 22) go as they were published: the row read is the published
 * one, never a draft's, and an amending document is named by its public id only when it is
 * public itself, else by the citation entered beside it.
 */
import { amendingRef } from '../../core/history/storedHistory'
import type { VersionKind } from '../../core/history/versionHistory'
import type { DocumentRow } from '../../core/snapshot/assembleSnapshot'
import type { LexicalState } from '../../core/snapshot/lexical'
import type { PublicOrganization } from '../../core/snapshot/schema'
import type { Document } from '../payload-types'
import { exportAttachments, type SnapshotFiles } from '../snapshot/exportFiles'

export type DocumentContext = {
  files: SnapshotFiles
  /** A preview shows the page as it would be published. */
  preview: boolean
  day: (value: string | null | undefined) => string | null
  organization: (ref: unknown) => PublicOrganization | null
  /** The public id of a document a relationship field holds, or null when it is not public. */
  publicId: (ref: unknown) => string | null
}

export async function exportDocument(
  doc: Document,
  /** The previous snapshot's file of an unchanged document: its body is kept. */
  previous: string | undefined,
  context: DocumentContext,
): Promise<DocumentRow> {
  const { day } = context
  const id = String(doc.slug)
  return {
    id,
    title: doc.title,
    docNumber: doc.docNumber ?? null,
    docNumberRaw: doc.docNumberRaw || null,
    unifiedNumber: doc.unifiedNumber || null,
    indexNumber: doc.indexNumber || null,
    kind: doc.kind,
    issuers: (doc.issuers ?? []).map(context.organization).filter((o): o is PublicOrganization => o !== null),
    writtenDate: day(doc.writtenDate),
    publishedDate: day(doc.publishedDate ?? doc.createdAt),
    effectiveDate: day(doc.effectiveDate),
    expiresOn: day(doc.expiresOn),
    repealedOn: day(doc.repealedOn),
    interpretationBody: context.organization(doc.interpretationBody),
    disclosure: context.preview ? 'proactive' : doc.disclosure,
    subject: doc.subject || null,
    keywords: doc.keywords ?? [],
    aliases: doc.aliases ?? [],
    // The kept body's editor state still goes along: its repeal clause is read for the name index.
    body: previous
      ? { previousFile: previous, lexical: doc.body as LexicalState | null | undefined }
      : { lexical: doc.body as LexicalState | null | undefined },
    attachments: await exportAttachments(context.files, id, doc.attachments ?? []),
    updatedAt: doc.updatedAt,
    versionKind: (doc.versionKind ?? 'original') as VersionKind,
    amendedBy: amendingRef(context.publicId(doc.amendedBy), doc.amendedByCitation),
    earlierVersions: (doc.versions ?? []).map((row) => ({
      kind: row.kind as VersionKind,
      title: row.title,
      body: row.body as LexicalState | null | undefined,
      promulgatedDate: day(row.promulgatedDate),
      effectiveDate: day(row.effectiveDate),
      amendedBy: amendingRef(context.publicId(row.amendedBy), row.amendedByCitation),
    })),
  }
}
