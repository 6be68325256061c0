/**
 * One job runner across CMS processes sharing a database. Payload's queue does not claim
 * a job atomically across processes: two runners may take the same job, and when the one
 * that finishes first deletes it, the other's runner fails on the missing row and takes
 * its process down (seen in test/int/twoProcesses.test.ts). So only the process holding
 * the 'job-runner' lease runs the queues (jobQueues.ts shouldAutoRun); the others keep
 * serving the admin and take over when the holder stops renewing or dies. Each task keeps
 * its own lease as well (leaseNames.ts), for runs started another way.
 */
import type { Payload } from 'payload'

import { processHolder, renewLease, takeLease } from './databaseLease'

const RUNNER_LEASE = 'job-runner'
/** Renewed by the runner's own ticks (every few seconds); another process takes over after this. */
const TTL_MS = 30_000
/** Renew once less than this is left, so that each tick does not write. */
const RENEW_BELOW_MS = 20_000

let heldUntil = 0

export async function holdsJobRunner(payload: Payload, now = Date.now()): Promise<boolean> {
  if (heldUntil - now > RENEW_BELOW_MS) return true
  // Held before (even if a long pause let it lapse): renewing succeeds unless another took it.
  if (heldUntil > 0 && (await renewLease(payload, RUNNER_LEASE, processHolder, TTL_MS))) {
    heldUntil = now + TTL_MS
    return true
  }
  const other = await takeLease(payload, RUNNER_LEASE, processHolder, TTL_MS)
  const held = other === null || other === processHolder
  heldUntil = held ? now + TTL_MS : 0
  return held
}
