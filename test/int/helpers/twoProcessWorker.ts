/**
 * One of two CMS processes on the same database, run by test/int/twoProcesses.test.ts
 * (Payload is one per process, so a second CMS needs a second process). For each round
 * it says `waiting <round>` and starts when the test creates the round's go file, so
 * that both processes act at the same moment; it prints `result <round> <json>`.
 */
import fs from 'node:fs'
import path from 'node:path'

import { holdsJobRunner } from '../../../cms/leases/jobRunnerLease'
import { allocateSerial } from '../../../cms/numbering/allocateSerial'
import { requestSiteBuild } from '../../../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../../../cms/publishing/runSiteBuild'
import { closeGazettePayload, gazettePayload } from '../../../scripts/lib/payload'

const [, , name = 'worker', barrierDir = '.'] = process.argv
const payload = await gazettePayload()

async function round<T>(round: string, work: () => Promise<T>): Promise<void> {
  console.log(`waiting ${round}`)
  const go = path.join(barrierDir, `go-${round}`)
  while (!fs.existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 5))
  const result = await work()
  console.log(`result ${round} ${JSON.stringify(result)}`)
}

await round('numbers', async () => ({
  serials: await Promise.all(Array.from({ length: 40 }, () => allocateSerial(payload, 'docNumber:双进程办发:2026'))),
}))

await round('issue', async () => {
  try {
    const created = await payload.create({
      collection: 'gazette-issues',
      draft: true,
      data: { year: 2026, issueNumber: 1, totalNumber: 1, publicationDate: '2026-01-15T04:00:00.000Z', sections: [], _status: 'draft' },
      overrideAccess: true,
    })
    return { created: created.id }
  } catch (error) {
    return { refused: (error as Error).message, fields: JSON.stringify((error as { data?: unknown }).data ?? null) }
  }
})

await round('build', async () => {
  await requestSiteBuild(payload, `双进程测试（${name}）`)
  const outcomes = []
  for (let outcome = await runNextSiteBuild(payload); outcome; outcome = await runNextSiteBuild(payload)) outcomes.push(outcome)
  return { outcomes }
})

await round('scheduled', async () => {
  // Both processes' schedules queue the job; each cron tick asks the runner lease first,
  // as jobQueues.ts shouldAutoRun does, and only the holder runs the queue.
  await payload.jobs.queue({ task: 'publishScheduled', queue: 'scheduled', input: {} })
  const runner = await holdsJobRunner(payload)
  if (!runner) return { runner }
  const from = Date.now()
  await payload.jobs.run({ queue: 'scheduled' })
  return { runner, from, to: Date.now() }
})

await closeGazettePayload()
