/**
 * Puts a folder written beside its place (a snapshot's staging folder, `npm run build`'s
 * next dist) in the place of the old one, so that a crash never leaves half of either
 * there. Deleting the old folder first and renaming the new one in, as was done, left a
 * half-deleted folder in place when the process died during the delete. Here the old
 * folder is renamed aside, the new one renamed in, and only then the old one deleted:
 * each rename is atomic, so a crash leaves the old folder whole in place, or the new one,
 * or (between the two renames) the old one aside with nothing in place, which the next
 * replace of that place (or settleReplaced) renames back before anything else.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type CrashPointName, crashPoint } from '../crashPoint'
import { processRunning } from '../processRunning'

const asideOf = (target: string, pid: number) => `${target}.replaced-${pid}`

export function replaceFolder(from: string, target: string, crashAt?: CrashPointName): void {
  settleReplaced(target)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const aside = asideOf(target, process.pid)
  fs.rmSync(aside, { recursive: true, force: true })
  if (fs.existsSync(target)) fs.renameSync(target, aside)
  if (crashAt) crashPoint(crashAt)
  fs.renameSync(from, target)
  fs.rmSync(aside, { recursive: true, force: true })
}

/**
 * What a replace of `target` killed by a crash left beside it, settled: the old folder put
 * back when nothing is in place, and whatever else another process (one no longer
 * running) left beside it deleted — old folders set aside and, when `staging` names their
 * prefix, its staging folders. Returns the leftovers it deleted or put back.
 */
export function settleReplaced(target: string, staging?: (pid: number) => string): string[] {
  const dir = path.dirname(target)
  if (!fs.existsSync(dir)) return []
  const settled: string[] = []
  const leftBy = (name: string): number | null => {
    const pid = Number(/-(\d+)$/.exec(name)?.[1])
    if (!pid) return null
    const ours = name === path.basename(asideOf(target, pid)) || (staging !== undefined && name === path.basename(staging(pid)))
    return ours ? pid : null
  }
  const leftovers = fs.readdirSync(dir).filter((name) => {
    const pid = leftBy(name)
    return pid !== null && pid !== process.pid && !processRunning(pid)
  })
  const aside = leftovers.filter((name) => name.startsWith(`${path.basename(target)}.replaced-`))
  if (!fs.existsSync(target) && aside[0]) {
    fs.renameSync(path.join(dir, aside[0]), target)
    settled.push(aside[0])
  }
  for (const name of leftovers.filter((name) => !settled.includes(name))) {
    fs.rmSync(path.join(dir, name), { recursive: true, force: true })
    settled.push(name)
  }
  return settled
}
