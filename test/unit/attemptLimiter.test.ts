import { describe, expect, it } from 'vitest'

import { AttemptLimiter } from '../../cms/auth/attemptLimiter'

const minute = 60_000

describe('AttemptLimiter: a sliding window per key', () => {
  const setup = (max = 3, windowMs = 15 * minute) => {
    let now = 1_000_000
    const limiter = new AttemptLimiter(max, windowMs, () => now)
    return { limiter, advance: (ms: number) => (now += ms) }
  }

  it('allows max attempts, then says how long until the oldest leaves the window', () => {
    const { limiter, advance } = setup()
    expect(limiter.attempt('a').allowed).toBe(true)
    advance(minute)
    expect(limiter.attempt('a').allowed).toBe(true)
    expect(limiter.attempt('a').allowed).toBe(true)
    expect(limiter.attempt('a')).toEqual({ allowed: false, retryAfterMs: 14 * minute })
    // Refused attempts do not extend the wait.
    advance(14 * minute)
    expect(limiter.attempt('a').allowed).toBe(true)
    expect(limiter.attempt('a').allowed).toBe(false)
  })

  it('counts keys apart', () => {
    const { limiter } = setup(1)
    expect(limiter.attempt('a').allowed).toBe(true)
    expect(limiter.attempt('a').allowed).toBe(false)
    expect(limiter.attempt('b').allowed).toBe(true)
  })

  it('takes back an attempt that went well, once', () => {
    const { limiter } = setup(2)
    const first = limiter.attempt('a')
    expect(limiter.attempt('a').allowed).toBe(true)
    if (!first.allowed) throw new Error('first attempt refused')
    first.takeBack()
    first.takeBack()
    expect(limiter.attempt('a').allowed).toBe(true)
    expect(limiter.attempt('a').allowed).toBe(false)
  })

  it('forgets the stalest keys past its bound', () => {
    let now = 0
    const limiter = new AttemptLimiter(1, minute, () => now, 2)
    limiter.attempt('a')
    now += 1
    limiter.attempt('b')
    now += 1
    limiter.attempt('c')
    expect(limiter.attempt('a').allowed).toBe(true)
    expect(limiter.attempt('c').allowed).toBe(false)
  })
})
