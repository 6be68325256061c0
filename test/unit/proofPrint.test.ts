/**
 * A proof job's kept print is found for a publication only by the fingerprint of the
 * content published, only for its own issue, only while it is kept (an hour, pruned or
 * not) and only when its PDF is still the one its record names; the newest match wins.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { keepProofPrint, keptProofPrint, proofFile } from '../../cms/issues/proof/proofPrint'

const pdf = (text: string) => Buffer.from(`%PDF-1.7 ${text}`)
let dir: string
const previousDataDir = process.env.DATA_DIR

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-proof-'))
  process.env.DATA_DIR = dir
})

afterEach(() => {
  if (previousDataDir === undefined) delete process.env.DATA_DIR
  else process.env.DATA_DIR = previousDataDir
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('a kept proof print', () => {
  it('is found by its issue and the fingerprint of what it printed, read as a copy', () => {
    keepProofPrint(7, 5, pdf('a'), 'fingerprint-a')
    const found = keptProofPrint(5, 'fingerprint-a')
    expect(found?.jobId).toBe('7')
    expect(found?.pdf.toString()).toBe(pdf('a').toString())
    expect(fs.existsSync(proofFile(7, 5))).toBe(true)
  })

  it('is not found for other content, another issue, or a proof kept without a fingerprint', () => {
    keepProofPrint(7, 5, pdf('a'), 'fingerprint-a')
    keepProofPrint(8, 6, pdf('b'), null)
    expect(keptProofPrint(5, 'fingerprint-b')).toBeNull()
    expect(keptProofPrint(15, 'fingerprint-a')).toBeNull()
    expect(keptProofPrint(55, 'fingerprint-a')).toBeNull()
    expect(keptProofPrint(6, 'fingerprint-a')).toBeNull()
    // The proof itself is still kept for staff.
    expect(fs.existsSync(proofFile(8, 6))).toBe(true)
  })

  it('is not found once expired, pruned or not', () => {
    keepProofPrint(7, 5, pdf('a'), 'fingerprint-a')
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    fs.utimesSync(proofFile(7, 5), longAgo, longAgo)
    expect(keptProofPrint(5, 'fingerprint-a')).toBeNull()
  })

  it('is not found when its PDF is missing or is not the one recorded', () => {
    keepProofPrint(7, 5, pdf('a'), 'fingerprint-a')
    fs.writeFileSync(proofFile(7, 5), pdf('changed'))
    expect(keptProofPrint(5, 'fingerprint-a')).toBeNull()
    fs.rmSync(proofFile(7, 5))
    expect(keptProofPrint(5, 'fingerprint-a')).toBeNull()
  })

  it('is the newest of several proofs of the same content', () => {
    keepProofPrint(7, 5, pdf('older'), 'fingerprint-a')
    const earlier = new Date(Date.now() - 60 * 1000)
    for (const name of fs.readdirSync(path.join(dir, 'staff-jobs'))) fs.utimesSync(path.join(dir, 'staff-jobs', name), earlier, earlier)
    keepProofPrint(9, 5, pdf('newer'), 'fingerprint-a')
    expect(keptProofPrint(5, 'fingerprint-a')?.jobId).toBe('9')
  })
})
