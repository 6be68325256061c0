/**
 * Every HTTP request the load benchmark makes goes through here: timed from the call to
 * the end of the body, and recorded with its kind and status. A request that gets no
 * answer within the limit counts as 'timeout', one that fails on the socket as 'network'.
 */
import type { ActionKind } from './types'

export type Sample = { kind: ActionKind; ms: number; status: number | 'network' | 'timeout' }

export type Answer = { ok: boolean; status: number; body: unknown }

const REQUEST_LIMIT_MS = 120_000

export class Recorder {
  readonly samples: Sample[] = []

  constructor(readonly baseUrl: string) {}

  /** One request; the body parsed as JSON when it is JSON. Never throws. */
  async call(kind: ActionKind, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<Answer> {
    const headers: Record<string, string> = {}
    if (init.body !== undefined) headers['Content-Type'] = 'application/json'
    if (init.token) headers.Authorization = `JWT ${init.token}`
    const started = performance.now()
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(REQUEST_LIMIT_MS),
      })
      const text = await response.text()
      this.samples.push({ kind, ms: performance.now() - started, status: response.status })
      return { ok: response.ok, status: response.status, body: parse(text) }
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError'
      this.samples.push({ kind, ms: performance.now() - started, status: timedOut ? 'timeout' : 'network' })
      return { ok: false, status: 0, body: null }
    }
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** The first error message of a Payload error answer, for the log of a refusal. */
export function errorMessage(answer: Answer): string {
  const errors = (answer.body as { errors?: Array<{ message?: string }> } | null)?.errors
  return errors?.[0]?.message ?? String(answer.body).slice(0, 200)
}
