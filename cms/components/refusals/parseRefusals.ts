/**
 * Why the server refused a save, read from the body of its answer: each field error
 * (`errors[].data.errors[]` of a ValidationError, or `errors[].data[]` of an APIError
 * given field errors) in the server's own words, with its path and label; an error
 * without field errors keeps its top-level message. The top-level message of a
 * ValidationError only repeats its field errors (api/publicErrors.ts), so it is dropped.
 */
export type Refusal = {
  /** The refused field's path as the server names it (`docNumberRaw`, `sections.0.pages`), or null. */
  path: string | null
  /** The field's label as the server gave it, in the admin's language, or null. */
  label: string | null
  message: string
}

type UnknownRecord = Record<string, unknown>

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A label is a string or one per language ({ zh, en }, cms/fields/label.ts). */
function labelIn(value: unknown, language: string): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (!isRecord(value)) return null
  const chosen = [value[language], value.zh, ...Object.values(value)].find((text) => typeof text === 'string' && text.trim())
  return typeof chosen === 'string' ? chosen : null
}

function fieldErrorsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data
  return isRecord(data) && Array.isArray(data.errors) ? data.errors : []
}

function fieldRefusal(entry: unknown, language: string): Refusal[] {
  if (!isRecord(entry) || typeof entry.message !== 'string' || !entry.message.trim()) return []
  const path = typeof entry.path === 'string' && entry.path.trim() ? entry.path : null
  return [{ path, label: labelIn(entry.label, language), message: entry.message }]
}

export function parseRefusals(body: unknown, language = 'zh'): Refusal[] {
  const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors : []
  const refusals = errors.flatMap((error): Refusal[] => {
    if (!isRecord(error)) return []
    const fields = fieldErrorsOf(error.data).flatMap((entry) => fieldRefusal(entry, language))
    if (fields.length > 0) return fields
    return typeof error.message === 'string' && error.message.trim() ? [{ path: null, label: null, message: error.message }] : []
  })
  const seen = new Set<string>()
  return refusals.filter(({ path, message }) => {
    const key = `${path ?? ''}\u0000${message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
