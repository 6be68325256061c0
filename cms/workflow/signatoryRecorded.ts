import { signatoryChange } from '../../core/documents/signOff'

/**
 * The review record's entry when a person's save enters or changes a document's 签发人
 * (domain/signOff.ts), so that the record says who entered it and when; null otherwise.
 * A save may carry only some fields: what it does not carry stays as stored.
 */
export function signatoryRecorded(data: object, originalDoc: object | undefined): string | null {
  if (!('signatory' in data) && !('signatoryPost' in data)) return null
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  const stored = originalDoc ?? {}
  const before = {
    name: text('signatory' in stored ? stored.signatory : undefined),
    post: text('signatoryPost' in stored ? stored.signatoryPost : undefined),
  }
  const after = {
    name: 'signatory' in data ? text(data.signatory) : before.name,
    post: 'signatoryPost' in data ? text(data.signatoryPost) : before.post,
  }
  return signatoryChange(before, after)
}
