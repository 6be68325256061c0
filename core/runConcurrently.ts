/**
 * Runs tasks in the given order, at most `limit` at a time, and returns their results in
 * that order. On the first failure no further task starts, the running ones are told to
 * stop through the signal, and that failure is thrown once they have all settled.
 */
export async function runConcurrently<T>(tasks: readonly ((signal: AbortSignal) => Promise<T>)[], limit: number): Promise<T[]> {
  const stop = new AbortController()
  const results: T[] = []
  let next = 0
  let failure: { error: unknown } | undefined
  const lane = async () => {
    while (next < tasks.length && !stop.signal.aborted) {
      const index = next++
      try {
        results[index] = await tasks[index]!(stop.signal)
      } catch (error) {
        // Later failures are mostly the stopped tasks themselves: the first one is the cause.
        failure ??= { error }
        stop.abort()
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, lane))
  if (failure) throw failure.error
  return results
}
