/**
 * The work passed from one role to the next (submitted → reviewers, approved →
 * publishers): a queue that workers take from until it is closed and empty.
 */
export class Handoff<T> {
  private readonly items: T[] = []
  private readonly waiting: Array<(item: T | undefined) => void> = []
  private closed = false

  put(item: T): void {
    const taker = this.waiting.shift()
    if (taker) taker(item)
    else this.items.push(item)
  }

  /** The next item, or undefined once the queue is closed and empty. */
  take(): Promise<T | undefined> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift())
    if (this.closed) return Promise.resolve(undefined)
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /** No more items will come: waiting workers are released. */
  close(): void {
    this.closed = true
    for (const taker of this.waiting.splice(0)) taker(undefined)
  }
}
