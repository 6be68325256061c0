/**
 * One allocation at a time per series within this process: concurrent requests for
 * the next number queue here instead of reading the same highest serial. Across
 * processes, the unique index on reservations is the guard (see allocateSerial).
 */
const tails = new Map<string, Promise<unknown>>()

export function withSeriesLock<T>(series: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(series) ?? Promise.resolve()
  const run = previous.then(task, task)
  const tail = run.catch(() => undefined)
  tails.set(series, tail)
  void tail.then(() => {
    if (tails.get(series) === tail) tails.delete(series)
  })
  return run
}
