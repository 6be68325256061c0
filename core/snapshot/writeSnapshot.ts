/**
 * Writes an assembled snapshot (assembleSnapshot.ts) into a staging folder beside its
 * target, then puts the staging folder in the target's place, so that a failed write
 * never leaves half a snapshot, nor does a crash (core/build/replaceFolder.ts). Items that
 * keep their previous body are written by writeItemFile, which takes that body from the
 * previous file (or links the file whole).
 */
import fs from 'node:fs'
import path from 'node:path'

import { replaceFolder, settleReplaced } from '../build/replaceFolder'
import type { AssembledSnapshot } from './assembleSnapshot'
import { writeItemFile, writeJson } from './snapshotJson'

const stagingOf = (outDir: string, pid: number) => `${outDir}.staging-${pid}`

/**
 * A fresh, empty staging folder beside `outDir`, with the documents folder a snapshot
 * always has. What an export killed before left beside `outDir` is settled first: its
 * staging folder deleted, the old snapshot put back if it was set aside.
 */
export function startStaging(outDir: string): string {
  settleReplaced(outDir, (pid) => stagingOf(outDir, pid))
  const staging = stagingOf(outDir, process.pid)
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(path.join(staging, 'documents'), { recursive: true })
  return staging
}

export function writeAssembled(staging: string, assembled: AssembledSnapshot): void {
  for (const file of assembled.files) {
    const target = path.join(staging, file.path)
    if (file.previousFile) writeItemFile(target, file.value as { body: readonly unknown[] }, file.previousFile)
    else writeJson(target, file.value)
  }
}

/** Puts the staging folder in the target's place. */
export function finishStaging(staging: string, outDir: string): void {
  replaceFolder(staging, outDir, 'export:swapping')
}
