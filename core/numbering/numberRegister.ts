/**
 * The register of one series of numbers (an issuing code in one year): which serials
 * documents use, which were allocated but never used, and the gaps the office must be
 * able to see (统一登记、统一编号).
 */
export type SerialRegister = {
  /** The highest serial used or allocated; 0 for an empty series. */
  highest: number
  /** Serials that documents carry, ascending. */
  used: number[]
  /** Serials below `highest` that no document carries, ascending (allocated-but-unused included). */
  gaps: number[]
  /** Allocated serials no document carries (yet), ascending. */
  allocatedUnused: number[]
}

export function summarizeSerials(used: readonly number[], allocated: readonly number[] = []): SerialRegister {
  const usedSet = new Set(used.filter((n) => Number.isInteger(n) && n > 0))
  const allocatedSet = new Set(allocated.filter((n) => Number.isInteger(n) && n > 0))
  const highest = Math.max(0, ...usedSet, ...allocatedSet)
  const gaps: number[] = []
  for (let serial = 1; serial <= highest; serial += 1) {
    if (!usedSet.has(serial)) gaps.push(serial)
  }
  const ascending = (a: number, b: number) => a - b
  return {
    highest,
    used: [...usedSet].sort(ascending),
    gaps,
    allocatedUnused: [...allocatedSet].filter((n) => !usedSet.has(n)).sort(ascending),
  }
}

/** Runs of consecutive serials, for compact display: [1,2,3,5] → '1–3、5'. */
export function formatSerialRuns(serials: readonly number[]): string {
  const runs: string[] = []
  let start: number | undefined
  let previous: number | undefined
  for (const serial of [...serials].sort((a, b) => a - b)) {
    if (start !== undefined && previous !== undefined && serial === previous + 1) {
      previous = serial
      continue
    }
    if (start !== undefined && previous !== undefined) runs.push(start === previous ? `${start}` : `${start}–${previous}`)
    start = serial
    previous = serial
  }
  if (start !== undefined && previous !== undefined) runs.push(start === previous ? `${start}` : `${start}–${previous}`)
  return runs.join('、')
}
