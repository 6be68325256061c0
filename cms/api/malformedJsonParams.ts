/**
 * Payload reads `where` and `data` given as plain query parameters as JSON, before any
 * hook can look at them, and answers 500 when they are not JSON. The REST route checks
 * them first and answers 400 with a Chinese message: bad input is the client's error.
 */
import { messages } from '../../core/messages'

const jsonParams = ['where', 'data'] as const

/** The problem with a request's JSON query parameters, or null when there is none. */
export function malformedJsonParam(url: string): string | null {
  const params = new URL(url, 'http://localhost').searchParams
  for (const name of jsonParams) {
    for (const value of params.getAll(name)) {
      if (value === '') continue
      try {
        JSON.parse(value)
      } catch {
        return messages.queryInvalid(`参数“${name}”应为 JSON，或写成 ${name}[字段][条件]=值 的形式。`)
      }
    }
  }
  return null
}

/** Wraps a REST route handler with that check. */
export function refusingMalformedJson<Args extends unknown[]>(
  handler: (request: Request, ...rest: Args) => Promise<Response>,
): (request: Request, ...rest: Args) => Promise<Response> {
  return async (request, ...rest) => {
    const problem = malformedJsonParam(request.url)
    if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
    return handler(request, ...rest)
  }
}
