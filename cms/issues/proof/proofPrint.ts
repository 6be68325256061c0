/**
 * A proof job's finished print, kept for staff to open and for the publication to reuse.
 * Beside the PDF the job keeps a record of what it printed: the print fingerprint of the
 * very content it laid out (printFingerprint.ts) and the PDF's SHA-256. A kept print is
 * found only by the fingerprint of the content being published, only while it is kept
 * (an hour), and only when its PDF is still the one recorded; anything else finds nothing.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'

import { isKept, keepResult, keptResults, resultFile } from '../../jobs/staffJob'

/** What a proof's results belong to, and where a proof job's PDF and its record are kept. */
export const proofOf = (issueId: number | string) => `issue-${String(issueId)}`
export const proofFile = (jobId: number | string, issueId: number | string) => resultFile(jobId, 'pdf', proofOf(issueId))
const recordFile = (jobId: number | string, issueId: number | string) => resultFile(jobId, 'json', proofOf(issueId))

type ProofRecord = { fingerprint: string; sha256: string }

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * Keeps a proof job's PDF; with a fingerprint (a generated print of the content laid
 * out), also the record that lets a publication of exactly that content reuse it.
 */
export function keepProofPrint(jobId: number | string, issueId: number | string, pdf: Uint8Array, fingerprint: string | null): void {
  // The record first: the PDF is what says 完成, and it never stands without its record.
  if (fingerprint) keepResult(recordFile(jobId, issueId), JSON.stringify({ fingerprint, sha256: sha256(pdf) } satisfies ProofRecord))
  keepResult(proofFile(jobId, issueId), pdf)
}

export type KeptProofPrint = { jobId: string; pdf: Buffer }

/**
 * The newest kept proof of this issue whose record has this fingerprint and whose PDF is
 * unchanged since, read into memory: the caller stores its own copy, so the proof stays
 * where it is and is still served to staff.
 */
export function keptProofPrint(issueId: number | string, fingerprint: string): KeptProofPrint | null {
  for (const kept of keptResults(proofOf(issueId), 'json')) {
    const record = readRecord(kept.file)
    if (record?.fingerprint !== fingerprint) continue
    const file = proofFile(kept.jobId, issueId)
    if (!isKept(file)) continue
    const pdf = readOrNull(file)
    if (pdf && sha256(pdf) === record.sha256) return { jobId: kept.jobId, pdf }
  }
  return null
}

function readRecord(file: string): ProofRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ProofRecord> | null
    return typeof record?.fingerprint === 'string' && typeof record.sha256 === 'string'
      ? { fingerprint: record.fingerprint, sha256: record.sha256 }
      : null
  } catch {
    return null
  }
}

function readOrNull(file: string): Buffer | null {
  try {
    return fs.readFileSync(file)
  } catch {
    return null
  }
}
