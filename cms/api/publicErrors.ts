/**
 * Keeps our refusals readable in the production build. Payload formats an error by
 * `instanceof` and by its class name; in the bundled admin (`next build`) our hooks'
 * APIError and ValidationError can be other copies of those classes and their names
 * are minified, so Payload answered "An unknown error occurred." in place of a Chinese
 * message that the API and the admin must show. Any error marked public with a status
 * below 500 is answered here with its own message and data; everything else is left to
 * Payload (which hides server errors). A refusal of fields answers with each field's own
 * reason ("发文字号：…已被《…》使用…") rather than Payload's bare list of field names: the
 * admin's error toast shows that top-level message, so the editor reads why and where. With
 * several reasons it says the first and how many more: the admin's refusal panel lists each
 * under its field (components/refusals), and a toast of every reason in one paragraph covered
 * the form it was about; API clients read each in `data.errors`.
 */
import type { AfterErrorHook } from 'payload'

type PublicError = { isPublic?: unknown; status?: unknown; message?: unknown; data?: unknown }

export function publicErrorResponse(error: unknown): { response: { errors: Array<Record<string, unknown>> }; status: number } | null {
  const { isPublic, status, message, data } = (error ?? {}) as PublicError
  if (isPublic !== true || typeof status !== 'number' || status >= 500 || typeof message !== 'string' || !message) return null
  const fieldErrors = data && typeof data === 'object' && Array.isArray((data as { errors?: unknown }).errors)
  const reasons = fieldErrors ? fieldReasons((data as { errors: unknown[] }).errors) : ''
  const entry: Record<string, unknown> = { name: fieldErrors ? 'ValidationError' : 'APIError', message: reasons || message }
  if (data !== null && data !== undefined) entry.data = data
  return { response: { errors: [entry] }, status }
}

type FieldError = { path?: unknown; label?: unknown; message?: unknown }

/** "标题：请填写标题。（另有 2 处需要修改…）": the first refused field by its Chinese label, with its reason. */
function fieldReasons(errors: unknown[]): string {
  const lines = (errors as FieldError[])
    .filter((error) => typeof error?.message === 'string' && error.message)
    .map((error) => {
      const name = labelText(error.label) ?? (typeof error.path === 'string' ? error.path : '')
      const reason = String(error.message)
      return name && !reason.includes(name) ? `${name}：${reason}` : reason
    })
  const [first, ...more] = [...new Set(lines)]
  if (first === undefined) return ''
  return more.length === 0 ? first : `${first}（另有 ${more.length} 处需要修改，逐项见各字段的提示）`
}

function labelText(label: unknown): string | null {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && typeof (label as { zh?: unknown }).zh === 'string') return (label as { zh: string }).zh
  return null
}

export const keepPublicMessages: AfterErrorHook = ({ error, result }) => {
  // GraphQL formats its own errors; only REST results are rewritten.
  if (!result) return
  return publicErrorResponse(error) ?? undefined
}
