/**
 * Fault injection for the crash tests (test/int/crashSafety*.test.ts): named points
 * between the writes of a step that writes, where a crash could leave half a state.
 * Inert unless GONGBAO_CRASH_AT names the point: then the process sends itself SIGKILL
 * there, as a power cut, the OOM killer or `systemctl kill -s KILL` would stop it, with
 * no exit handler, `finally` or flush run. Never set GONGBAO_CRASH_AT in production.
 *
 * It lives in core/ (plain Node, no framework) because one point is in the snapshot
 * writer, which is core/; the CMS's points import it from here.
 */
import fs from 'node:fs'

/** Every point, and the state a kill there leaves behind. */
export const crashPoints = {
  /** An upload's file and record are written; the document that will refer to it is not saved. */
  'upload:stored': true,
  /** A published (or withdrawn) item is saved whole; its site build is not requested yet. */
  'publication:saved': true,
  /** A document's update has written its row and deleted its array and relation rows, not yet written again (cms/atomicWrites.ts). */
  'save:halfWritten': true,
  /** A number reservation is committed; the document that asked for it is not saved. */
  'number:reserved': true,
  /** An import's original file is stored as media; its draft is not created yet. */
  'import:sourceStored': true,
  /** An issue's print PDF is printed, signed and stored; the issue is not marked published yet. */
  'issue:pdfStored': true,
  /** The old snapshot folder has been moved aside; the new one (written whole in staging) is not in its place yet. */
  'export:swapping': true,
  /** A site build's snapshot is exported; the site generator has not run yet. */
  'build:exported': true,
  /** A site build is filed whole under builds/<id>/; the live link is not switched yet. */
  'build:kept': true,
  /** The new live link exists under its temporary name; it has not been renamed over live yet. */
  'live:linked': true,
  /** The live link points at the new build; its record and the publication log's home are not updated yet. */
  'live:switched': true,
  /** An old build has been moved out of builds/ to be deleted; it is not deleted yet. */
  'prune:moved': true,
} as const

export type CrashPointName = keyof typeof crashPoints

export function crashPoint(name: CrashPointName): void {
  if (process.env.GONGBAO_CRASH_AT !== name) return
  // Said on standard error first, so that a test can tell this kill from any other.
  fs.writeSync(2, `GONGBAO_CRASH_AT: killed at ${name}\n`)
  process.kill(process.pid, 'SIGKILL')
  // The signal is delivered at once; no further line of JavaScript may run meanwhile.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)
}
