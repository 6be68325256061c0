/**
 * Work that must not run twice at once across CMS processes sharing one database (two
 * editors' servers, or a restart overlapping a running one): a site build, scheduled
 * publication, reminders, the nightly backup. A process takes the named lease by
 * creating its row (the unique name lets one create win), renews it while the work
 * runs, and deletes it when done. A lease whose holder stopped renewing it expires; one
 * whose holder is a dead process on this machine is taken over at once, so a restart
 * after a crash does not wait for the expiry.
 */
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import type { Payload } from 'payload'

import { processRunning } from '../../core/processRunning'

/** Long enough for a stalled event loop (a large export), short enough for a quick takeover. */
const DEFAULT_TTL_MS = 120_000

/** host:pid:random — the pid tells a dead holder on this machine; the random part tells two runs apart. */
export const processHolder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

export type LeaseOutcome<T> = { ran: true; value: T } | { ran: false; holder: string }

/**
 * Runs `task` holding the lease `name`, or does not run it when another live process
 * holds it. The task's own errors pass through; the lease is released either way.
 */
export async function withLease<T>(
  payload: Payload,
  name: string,
  task: () => Promise<T>,
  ttlMs = DEFAULT_TTL_MS,
): Promise<LeaseOutcome<T>> {
  const holder = `${processHolder}:${randomUUID().slice(0, 8)}`
  const other = await takeLease(payload, name, holder, ttlMs)
  if (other) return { ran: false, holder: other }
  const renewal = setInterval(() => {
    void renewLease(payload, name, holder, ttlMs).then((kept) => {
      if (!kept) payload.logger.error(`后台任务「${name}」的锁已被其他进程接管（本进程超过 ${ttlMs / 1000} 秒未续期）`)
    })
  }, ttlMs / 3)
  renewal.unref()
  try {
    return { ran: true, value: await task() }
  } finally {
    clearInterval(renewal)
    await payload.delete({
      collection: 'leases',
      where: { and: [{ name: { equals: name } }, { holder: { equals: holder } }] },
      overrideAccess: true,
    })
  }
}

/** The live holder of a lease, or null when nobody holds it (expired, or its process died). */
export async function leaseHolder(payload: Payload, name: string, now = new Date()): Promise<string | null> {
  const lease = await readLease(payload, name)
  return lease && !isStale(lease, now) ? lease.holder : null
}

/** Takes the lease; returns null when taken, else the live holder that has it. */
export async function takeLease(payload: Payload, name: string, holder: string, ttlMs: number): Promise<string | null> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await payload.create({ collection: 'leases', data: { name, holder, expiresAt: expiry(ttlMs) }, overrideAccess: true, depth: 0 })
      return null
    } catch (error) {
      const lease = await readLease(payload, name)
      if (!lease) continue // released between our attempt and the read
      if (!isStale(lease, new Date())) return lease.holder
      // Only the stale holder's row is removed: a lease just taken by a third process has another holder.
      await payload.delete({
        collection: 'leases',
        where: { and: [{ name: { equals: name } }, { holder: { equals: lease.holder } }] },
        overrideAccess: true,
      })
      if (attempt === 2) throw error
    }
  }
  return (await readLease(payload, name))?.holder ?? null
}

/** Moves the lease's expiry on; false when this holder no longer has it. */
export async function renewLease(payload: Payload, name: string, holder: string, ttlMs: number): Promise<boolean> {
  try {
    const { docs } = await payload.update({
      collection: 'leases',
      where: { and: [{ name: { equals: name } }, { holder: { equals: holder } }] },
      data: { expiresAt: expiry(ttlMs) },
      overrideAccess: true,
      depth: 0,
    })
    return docs.length > 0
  } catch {
    return true // a busy database is not a lost lease; the next renewal tries again
  }
}

type Lease = { holder: string; expiresAt: string }

async function readLease(payload: Payload, name: string): Promise<Lease | null> {
  const { docs } = await payload.find({ collection: 'leases', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
  const lease = docs[0]
  return lease ? { holder: lease.holder, expiresAt: lease.expiresAt } : null
}

function isStale(lease: Lease, now: Date): boolean {
  if (new Date(lease.expiresAt).getTime() <= now.getTime()) return true
  const [host, pid] = lease.holder.split(':')
  if (host !== os.hostname()) return false
  // Our own pid under another holder's name: a process before a restart (a container
  // reuses pids), gone; this process's own holders all start with processHolder.
  if (Number(pid) === process.pid) return !lease.holder.startsWith(processHolder)
  return !processRunning(Number(pid))
}

const expiry = (ttlMs: number) => new Date(Date.now() + ttlMs).toISOString()
