/**
 * Keeps our refusals readable in the production build. Payload formats an error by
 * `instanceof` and by its class name; in the bundled admin (`next build`) our hooks'
 * APIError and ValidationError can be other copies of those classes and their names
 * are minified, so Payload answered "An unknown error occurred." in place of a Chinese
 * message that the API and the admin must show. Any error marked public with a status
 * below 500 is answered here with its own message and data; everything else is left to
 * Payload (which hides server errors).
 */
import type { AfterErrorHook } from 'payload'

type PublicError = { isPublic?: unknown; status?: unknown; message?: unknown; data?: unknown }

export function publicErrorResponse(error: unknown): { response: { errors: Array<Record<string, unknown>> }; status: number } | null {
  const { isPublic, status, message, data } = (error ?? {}) as PublicError
  if (isPublic !== true || typeof status !== 'number' || status >= 500 || typeof message !== 'string' || !message) return null
  const fieldErrors = data && typeof data === 'object' && Array.isArray((data as { errors?: unknown }).errors)
  const entry: Record<string, unknown> = { name: fieldErrors ? 'ValidationError' : 'APIError', message }
  if (data !== null && data !== undefined) entry.data = data
  return { response: { errors: [entry] }, status }
}

export const keepPublicMessages: AfterErrorHook = ({ error, result }) => {
  // GraphQL formats its own errors; only REST results are rewritten.
  if (!result) return
  return publicErrorResponse(error) ?? undefined
}
