/**
 * The CMS server's memory while it is loaded: its whole process tree (next start and the
 * site builds it spawns: Astro, Pagefind) sampled from /proc every 250 ms, with a peak for
 * the whole run and one that each round resets.
 */
import { sampleTree } from '../scale/processTree'

export type TreeMemory = { roundPeak: () => number; resetRound: () => void; runPeak: () => number; stop: () => void }

export function watchTreeMemory(pid: number): TreeMemory {
  let run = 0
  let round = 0
  const sample = () => {
    const { rss, highWater } = sampleTree(pid)
    // A short spike of one process between two samples still shows in its own high-water mark.
    const single = Math.max(0, ...[...highWater.values()].map((mark) => mark.bytes))
    const now = Math.max(rss, single)
    run = Math.max(run, now)
    round = Math.max(round, rss)
  }
  sample()
  const timer = setInterval(sample, 250)
  return {
    roundPeak: () => round,
    resetRound: () => {
      round = 0
    },
    runPeak: () => run,
    stop: () => clearInterval(timer),
  }
}
