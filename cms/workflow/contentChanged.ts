/**
 * Whether a save changes what a reviewer approved. Workflow bookkeeping and values
 * derived on save are not content. Relationships compare by id, dates by instant.
 */
const notContent = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'reviewState',
  'workflowAction',
  'workflowReason',
  'withdrawnAt',
  'publishAt',
  'importKey',
  'importReport',
  'importSource',
  'allocateFrom',
  'allocateYear',
  'readValidityClause',
  'maskPersonalData',
  'personalDataOverrides',
  'docNumber',
  'docNumberCode',
  'docNumberYear',
  'docNumberSerial',
  'unifiedCode',
  'unifiedYear',
  'unifiedSerial',
  'indexNumber',
  'publishedDate',
])

export function contentChanged(data: Record<string, unknown>, original: Record<string, unknown> | undefined): boolean {
  if (!original) return true
  return Object.keys(data).some((key) => !notContent.has(key) && !sameValue(data[key], original[key]))
}

function normalize(value: unknown): unknown {
  if (value === undefined || value === '') return null
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated relationship and its id are the same reference.
    if ('id' in record && Object.keys(record).length > 2 && !('root' in record)) return record.id
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => key !== 'id' || !Array.isArray(value))
        .sort()
        .map((key) => [key, normalize(record[key])]),
    )
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return new Date(value).getTime()
  return value
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))
}
