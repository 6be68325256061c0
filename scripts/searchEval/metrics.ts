/** Figures of a search evaluation: pure, so they can be checked without a browser. */

/** 1-based rank of the first expected address among the results, or null when absent. */
export function firstHit(results: readonly string[], expected: ReadonlySet<string>): number | null {
  const index = results.findIndex((url) => expected.has(url))
  return index < 0 ? null : index + 1
}

export interface Relevance {
  queries: number
  hitAt1: number
  hitAt3: number
  /** Mean reciprocal rank; a query whose answer is not on the first page counts 0. */
  mrr: number
}

export function relevance(ranks: ReadonlyArray<number | null>): Relevance {
  const count = (limit: number) => ranks.filter((rank) => rank !== null && rank <= limit).length
  const mrr = ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0) / Math.max(ranks.length, 1)
  return { queries: ranks.length, hitAt1: count(1), hitAt3: count(3), mrr }
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}
