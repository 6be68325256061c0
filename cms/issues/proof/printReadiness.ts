/**
 * Whether publishing the issue as saved would find its print ready, for the admin to say
 * before the office publishes: ready when the published print already has this content,
 * or a kept proof printed exactly it (proofPrint.ts); otherwise publication lays the issue
 * out again in the request. The content is assembled as publication assembles it (the
 * entries' published versions), so a proof that printed a newer draft is not ready.
 */
import type { PayloadRequest } from 'payload'

import { pipelineSettings } from '../../../core/settings'
import type { GazetteIssue } from '../../payload-types'
import { assembleIssue } from '../assembleIssue'
import { printFingerprint } from '../printFingerprint'
import { storedIssue } from '../storedIssue'
import { keptProofPrint } from './proofPrint'

/** true: ready; false: publication will print; null: nothing is printed (an uploaded print). */
export async function printReadyForPublication(
  req: PayloadRequest,
  id: number | string,
  saved: Partial<GazetteIssue>,
): Promise<boolean | null> {
  const settings = pipelineSettings()
  const assembled = await assembleIssue(req, saved, settings.timeZone)
  if (assembled.printed.source !== 'generated') return null
  const fingerprint = printFingerprint(assembled.printed, settings.gazetteName)
  const stored = await storedIssue(req, id)
  if (stored?.printFingerprint === fingerprint && stored.printPdf) return true
  return keptProofPrint(id, fingerprint) !== null
}
