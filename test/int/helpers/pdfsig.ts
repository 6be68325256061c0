/**
 * Debian's pdfsig (poppler-utils) on a PDF, as a reader with the common tools would check
 * its signatures: each signature's validity, signer, signing time and type, read from
 * pdfsig's own report.
 */
import { spawnSync } from 'node:child_process'

export type PdfsigSignature = {
  commonName: string
  /** As pdfsig prints it (run in UTC), e.g. "Dec 05 2026 17:12:09". */
  signingTime: string
  /** The same, as a time; null when pdfsig gave none. */
  signedAt: Date | null
  type: string
  /** pdfsig's "Signature Validation" line, e.g. "Signature is Valid." or "Digest Mismatch." */
  validation: string
  valid: boolean
  /** Whether the signature covers the whole file (pdfsig: "Total document signed"). */
  wholeDocument: boolean
}

export type PdfsigReport = { output: string; signatures: PdfsigSignature[] }

export function pdfsig(file: string): PdfsigReport {
  const run = spawnSync('pdfsig', [file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } })
  if (run.error) throw run.error
  const output = `${run.stdout}${run.stderr}`
  const signatures = output
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => {
      const field = (name: string) => new RegExp(`^\\s*- ${name}: (.*)$`, 'm').exec(block)?.[1]?.trim() ?? ''
      const validation = field('Signature Validation')
      const signingTime = field('Signing Time')
      const signedAt = signingTime ? new Date(`${signingTime} UTC`) : null
      return {
        commonName: field('Signer Certificate Common Name'),
        signingTime,
        signedAt: signedAt && !Number.isNaN(signedAt.getTime()) ? signedAt : null,
        type: field('Signature Type'),
        validation,
        valid: validation === 'Signature is Valid.',
        wholeDocument: /^\s*- Total document signed$/m.test(block),
      }
    })
  return { output, signatures }
}
