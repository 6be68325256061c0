/**
 * Hands out the next serial of a series ("docNumber:运政办发:2024", "index:734972044:2024")
 * and records it as a reservation, committed at once in its own transaction, so that a
 * number once given is never given again, even if the document is never saved.
 */
import { type Payload, ValidationError } from 'payload'

import { crashPoint } from '../../core/crashPoint'
import { withSeriesLock } from './serialLock'

/**
 * How long a process keeps trying when another process takes each serial it reads first.
 * A fixed count of retries was not enough: two busy processes can collide in lockstep
 * many times in a row (CI saw five). A random pause between attempts breaks the lockstep.
 */
const GIVE_UP_AFTER_MS = 30_000
const MAX_PAUSE_MS = 50
/** Any other failure (a busy or unreachable database) is tried again only a few times. */
const MAX_OTHER_FAILURES = 5

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_PAUSE_MS, 2 * (attempt + 1))))

/**
 * @param floor the highest serial already carried by documents of this series (numbers
 * typed by hand take part in the sequence too).
 */
export function allocateSerial(payload: Payload, series: string, floor = 0): Promise<number> {
  return withSeriesLock(series, async () => {
    const deadline = Date.now() + GIVE_UP_AFTER_MS
    let otherFailures = 0
    for (let attempt = 0; ; attempt += 1) {
      const last = await payload.find({
        collection: 'number-reservations',
        where: { series: { equals: series } },
        sort: '-serial',
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      const serial = Math.max(floor, last.docs[0]?.serial ?? 0) + 1
      try {
        await payload.create({ collection: 'number-reservations', data: { series, serial }, overrideAccess: true, depth: 0 })
        // Killed here, the serial stays reserved and unused: a gap the register shows, never given again.
        crashPoint('number:reserved')
        return serial
      } catch (error) {
        // Another process took this serial first (unique series+serial): read again.
        if (!(error instanceof ValidationError) && ++otherFailures >= MAX_OTHER_FAILURES) throw error
        if (Date.now() > deadline) throw new Error(`无法为 ${series} 分配编号：其他进程持续占用，请稍后重试`, { cause: error })
        await pause(attempt)
      }
    }
  })
}

export const docNumberSeries = (code: string, year: number) => `docNumber:${code}:${year}`
export const unifiedNumberSeries = (code: string, year: number) => `unifiedNumber:${code}:${year}`
export const indexNumberSeries = (orgCode: string, year: number) => `index:${orgCode}:${year}`
