/**
 * Settings of sign-in protection, read from the environment (README, Configuration):
 * TRUST_PROXY, LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES. Invalid values fall back to the
 * defaults rather than switching protection off.
 */

function wholeNumber(value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return fallback
  const parsed = Number(value)
  return parsed >= min ? parsed : fallback
}

/** How many reverse proxies in front of the CMS append the client's address to X-Forwarded-For (0: none, the socket tells). */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumber(env.TRUST_PROXY, 0, 0)
}

export type AttemptLimit = { maxAttempts: number; windowMs: number }

/** Failed sign-ins (and password-reset requests) one client address may make within the window. */
export function signInLimit(env: NodeJS.ProcessEnv = process.env): AttemptLimit {
  return {
    maxAttempts: wholeNumber(env.LOGIN_MAX_FAILURES, 10, 1),
    windowMs: wholeNumber(env.LOGIN_WINDOW_MINUTES, 15, 1) * 60_000,
  }
}
