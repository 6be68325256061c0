/**
 * A small disk for the disk-full tests: a tmpfs of a given size mounted on a folder
 * (root only, as here and in CI), and a filler file that leaves only so many bytes free
 * on it. When mounting is not allowed the caller skips its test and prints the reason.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freeBytes } from '../../../core/diskSpace'

export type SmallDisk = { dir: string; fill: (leaveBytes: number) => void; unfill: () => void; unmount: () => void }

/** Mounts a `bytes`-sized tmpfs on `dir` (made if missing); the reason in words when it cannot. */
export function mountSmallDisk(dir: string, bytes: number): SmallDisk | string {
  fs.mkdirSync(dir, { recursive: true })
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message
    return `cannot mount a tmpfs on ${dir} (${detail}); the disk-full test needs root (or CAP_SYS_ADMIN)`
  }
  const filler = path.join(dir, '.disk-filler')
  return {
    dir,
    fill: (leaveBytes) => {
      const free = (freeBytes(dir) ?? 0) + (fs.existsSync(filler) ? fs.statSync(filler).size : 0)
      fs.rmSync(filler, { force: true })
      fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free - leaveBytes)))
    },
    unfill: () => fs.rmSync(filler, { force: true }),
    unmount: () => {
      try {
        execFileSync('umount', [dir], { stdio: 'pipe' })
      } catch {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
      }
    },
  }
}
