/**
 * The per-address limits on signing in and on password-reset requests: one sliding window
 * per client address and action (LOGIN_MAX_FAILURES within LOGIN_WINDOW_MINUTES), kept
 * once per process so REST and GraphQL, whichever bundle Next loads them from, count
 * together. The refusal depends on the address alone, never on the account asked for.
 */
import { APIError } from 'payload'

import { AttemptLimiter, type AttemptOutcome } from './attemptLimiter'
import { signInLimit } from './authSettings'
import { addressKey } from './clientAddress'
import { peerAddress } from './peerHeader'

export type SignInAction = 'login' | 'forgotPassword'

const limitersKey = Symbol.for('gongbao.signInLimiters')
type WithLimiters = typeof globalThis & { [limitersKey]?: Record<SignInAction, AttemptLimiter> }

function limiter(action: SignInAction): AttemptLimiter {
  const store = globalThis as WithLimiters
  if (!store[limitersKey]) {
    const { maxAttempts, windowMs } = signInLimit()
    store[limitersKey] = { login: new AttemptLimiter(maxAttempts, windowMs), forgotPassword: new AttemptLimiter(maxAttempts, windowMs) }
  }
  return store[limitersKey][action]
}

/** Counts an attempt from the request's client address, or throws the 429 that says how long to wait. */
export function countAttempt(action: SignInAction, headers: Headers): Extract<AttemptOutcome, { allowed: true }> {
  const outcome = limiter(action).attempt(addressKey(peerAddress(headers)))
  if (outcome.allowed) return outcome
  const minutes = Math.max(1, Math.ceil(outcome.retryAfterMs / 60_000))
  const message = action === 'login' ? `登录尝试过于频繁，请 ${minutes} 分钟后再试。` : `重置密码的请求过于频繁，请 ${minutes} 分钟后再试。`
  throw new APIError(message, 429, null, true)
}
