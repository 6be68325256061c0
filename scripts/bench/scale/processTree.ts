/**
 * Memory of a process and everything it started, read from /proc (Linux): the resident
 * set of each process in the tree, summed, and each process's own high-water mark.
 * Astro, tsx and the Pagefind binary are separate processes, so one pid is not enough.
 */
import fs from 'node:fs'

export type TreeSample = {
  /** Sum of VmRSS over the tree, bytes. */
  rss: number
  /** Per command name (comm), summed RSS, bytes. */
  byCommand: Map<string, number>
  /** Per pid: its own peak (VmHWM), bytes, with its command name. */
  highWater: Map<number, { command: string; bytes: number }>
}

/** The pid and all its descendants, from the parent pids in /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readFile(`/proc/${name}/stat`)
    if (!stat) continue
    // The command may contain spaces and parentheses: fields after the last ')' are fixed.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    const list = children.get(parent) ?? []
    list.push(Number(name))
    children.set(parent, list)
  }
  const tree: number[] = []
  const pending = [root]
  while (pending.length > 0) {
    const pid = pending.pop() as number
    tree.push(pid)
    pending.push(...(children.get(pid) ?? []))
  }
  return tree
}

export function sampleTree(root: number): TreeSample {
  const sample: TreeSample = { rss: 0, byCommand: new Map(), highWater: new Map() }
  for (const pid of processTree(root)) {
    const status = readFile(`/proc/${pid}/status`)
    if (!status) continue
    const command = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?'
    const rss = kilobytes(status, 'VmRSS')
    sample.rss += rss
    sample.byCommand.set(command, (sample.byCommand.get(command) ?? 0) + rss)
    sample.highWater.set(pid, { command, bytes: kilobytes(status, 'VmHWM') })
  }
  return sample
}

function kilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  return match ? Number(match[1]) * 1024 : 0
}

function readFile(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    // The process ended between listing and reading.
    return null
  }
}
