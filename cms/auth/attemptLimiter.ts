/**
 * A sliding-window count of attempts per key (a client address), in memory: at most
 * `maxAttempts` within any `windowMs`. The check and the record happen in one synchronous
 * call, so parallel requests cannot slip past the limit together. An attempt that turns
 * out well can be taken back (a successful sign-in does not count as a failure); nothing
 * else resets a key, so succeeding with one's own account does not buy more guesses at
 * another's. The number of keys is bounded: past `maxKeys` the stalest are forgotten.
 */
export type AttemptOutcome = { allowed: true; takeBack: () => void } | { allowed: false; retryAfterMs: number }

export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>()

  constructor(
    private readonly maxAttempts: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts an attempt for `key` if the key is under its limit; otherwise says how long to wait. */
  attempt(key: string): AttemptOutcome {
    const now = this.now()
    const recent = this.recent(key, now)
    if (recent.length >= this.maxAttempts) {
      return { allowed: false, retryAfterMs: Math.max(1, (recent[recent.length - this.maxAttempts] ?? now) + this.windowMs - now) }
    }
    recent.push(now)
    // Re-inserting keeps the map ordered from stalest to freshest.
    this.attempts.delete(key)
    this.attempts.set(key, recent)
    this.bound()
    let taken = false
    return {
      allowed: true,
      takeBack: () => {
        if (taken) return
        taken = true
        const list = this.attempts.get(key)
        const index = list?.lastIndexOf(now) ?? -1
        if (list && index >= 0) list.splice(index, 1)
        if (list?.length === 0) this.attempts.delete(key)
      },
    }
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((time) => time > now - this.windowMs)
  }

  private bound(): void {
    for (const key of this.attempts.keys()) {
      if (this.attempts.size <= this.maxKeys) return
      this.attempts.delete(key)
    }
  }
}
