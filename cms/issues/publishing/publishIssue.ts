/**
 * Publishing an issue, as named steps in order: check who publishes → assemble the issue
 * from its entries' published versions → check the entries → check the corrections →
 * print the edition (or check the uploaded PDF), signed (signEdition.ts) → check the pages →
 * mark published.
 * A draft save stops after assembling, with the checks written into printChecks for the
 * editor. Every step refuses with an IssueRefusal, so nothing is stored unless all pass.
 *
 * A published issue changes only through a new correction and is never unpublished. A
 * document withdrawn after the issue was published may stay listed (the site marks it
 * 已撤回) in a corrected edition: an uploaded PDF that no longer prints it, which restores
 * the PDF the site holds back meanwhile (cms/issues/issuePdfWithheld.ts).
 *
 * Payload decides draft or published before these hooks run, so the publication cannot
 * wait on a print job: the issue must not become public before its PDF exists and passed
 * its checks. A proof (a job, cms/issues/proof/) of exactly the content being published
 * is therefore reused as the print edition, after the same checks (proofEdition.ts);
 * without one, the generated print runs inside the publishing save, as the fallback
 * (docs/decisions/0007-printing-at-publication.md).
 */
import type { PayloadRequest } from 'payload'

import { pipelineSettings } from '../../../core/settings'
import type { PublishedState } from '../../../core/issues/issueCorrections'
import type { GazetteIssue } from '../../payload-types'
import { assembleIssue, type AssembledIssue } from '../assembleIssue'
import { issueChecks } from '../issueChecks'
import type { OtherIssues } from '../otherIssues'
import { printFingerprint } from '../printFingerprint'
import { storedIssue } from '../storedIssue'
import { checkCorrections, checkEntriesPublishable, checkPublishingRights, checkStatedPages, type RecordedCorrections } from './checks'
import { checkUploadedEdition, draftChecks, printGeneratedEdition, type PrintEdition } from './printEdition'

export type IssueSave = {
  req: PayloadRequest
  /** What the save sends. */
  data: Partial<GazetteIssue>
  /** The latest version (a draft saved over a published issue, if any); undefined on create. */
  originalDoc: GazetteIssue | undefined
  /** Every other issue, as read once for this save. */
  others: OtherIssues
}

/** The data to store: as sent, with the checks, and on publication the edition and its pages. */
export async function publishIssue(save: IssueSave): Promise<Partial<GazetteIssue>> {
  const { req, data, others } = save
  const settings = pipelineSettings()
  const record: Partial<GazetteIssue> = { ...(save.originalDoc ?? {}), ...data }
  const stored = await storedIssue(req, save.originalDoc?.id)
  const published = stored?._status === 'published' ? stored : null
  const publishing = data._status === 'published'

  checkPublishingRights({ user: req.user, publishing, wasPublished: published !== null, draftSave: isDraftSave(req) })
  const assembled = await assembleIssue(req, record, settings.timeZone)
  const checks = issueChecks(assembled)
  if (!publishing) return { ...data, printChecks: await draftChecks(req, record, assembled, checks) }

  const keptWithdrawn = checkEntriesPublishable(assembled, published, others)
  const recorded = checkCorrections(record, assembled, published, settings)
  const sections = record.sections ?? []
  const edition =
    assembled.printed.source === 'generated'
      ? await printGeneratedEdition(
          req,
          { id: save.originalDoc?.id, assembled, sections, stored, fingerprint: recorded.fingerprint, gazetteName: settings.gazetteName },
          checks,
        )
      : await checkUploadedEdition(
          req,
          { assembled, sections, pdf: record.printPdf, keptWithdrawn, gazetteName: settings.gazetteName },
          checks,
        )
  checkStatedPages(edition.sections, assembled, others)
  return markPublished(data, edition, asPublished(recorded, assembled, edition, settings.gazetteName))
}

/**
 * What was published, as the corrections rule will compare it: an uploaded PDF goes out as
 * its signed copy (signEdition.ts), so the fingerprint names that file, and republishing
 * it unchanged needs no correction.
 */
function asPublished(
  recorded: RecordedCorrections,
  assembled: AssembledIssue,
  edition: PrintEdition,
  gazetteName: string,
): RecordedCorrections {
  if (assembled.printed.source !== 'uploaded' || edition.printPdf === undefined) return recorded
  return { ...recorded, fingerprint: printFingerprint({ ...assembled.printed, pdf: edition.printPdf }, gazetteName) }
}

/** The save's data with the edition attached and what was published recorded, for the corrections rule. */
export function markPublished(data: Partial<GazetteIssue>, edition: PrintEdition, recorded: RecordedCorrections): Partial<GazetteIssue> {
  const publishedState: PublishedState = { fingerprint: recorded.fingerprint, corrections: recorded.corrections }
  return {
    ...data,
    sections: edition.sections,
    ...(edition.printPdf === undefined ? {} : { printPdf: edition.printPdf }),
    printPages: edition.printPages,
    printChecks: edition.printChecks,
    printFingerprint: recorded.fingerprint,
    publishedState,
  }
}

/** A draft saved over a published issue (the admin's 保存草稿, REST ?draft=true) leaves the published version as it is. */
function isDraftSave(req: PayloadRequest): boolean {
  const draft = (req.query as Record<string, unknown> | undefined)?.draft
  return draft === 'true' || draft === true
}
