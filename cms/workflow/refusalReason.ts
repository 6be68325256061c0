import { publicErrorResponse } from '../api/publicErrors'

/** Fields of the review step itself: in a per-item report their label ("审核操作：") says nothing. */
const stepFields = new Set(['workflowAction', 'reviewState', '_status'])

type FieldError = { path?: unknown; message?: unknown }

/**
 * Why a save was refused, in the words the admin would show for that item alone (each
 * refused field by its label and reason, or the access refusal); null for an unexpected
 * error, whose details are for the log, not the report.
 */
export function refusalReason(error: unknown): string | null {
  const answer = publicErrorResponse(error)
  if (!answer) return null
  const fieldErrors = ((error as { data?: { errors?: unknown } }).data?.errors ?? []) as FieldError[]
  const ofStep = Array.isArray(fieldErrors) && fieldErrors.length > 0 && fieldErrors.every((e) => stepFields.has(String(e?.path)))
  if (ofStep) {
    const reasons = fieldErrors.map((e) => e.message).filter((m): m is string => typeof m === 'string' && m !== '')
    if (reasons.length > 0) return [...new Set(reasons)].join('；')
  }
  const message = answer.response.errors[0]?.message
  return typeof message === 'string' && message ? message : null
}
