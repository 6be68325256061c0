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
  // The 签发人 as on the original: an internal record, not published, so correcting it
  // does not send the item back to review (its changes are in the review record).
  'signatory',
  'signatoryPost',
  // Join fields are read from the other collection; they are never saved here (the
  // relations a document enacts are fingerprinted on their own: contentFingerprint).
  'interpretations',
  'actsOn',
  'actedOnBy',
])

export function contentChanged(data: object, original: object | undefined): boolean {
  if (!original) return true
  return changedContentFields(data, original).length > 0
}

/** The content fields whose value in data differs from the original's. */
export function changedContentFields(data: object, original: object): string[] {
  const before = new Map(Object.entries(original))
  return Object.entries(data)
    .filter(([key, value]) => !notContent.has(key) && !sameValue(value, before.get(key)))
    .map(([key]) => key)
}

/** The content of an item in a canonical form: what a reviewer approves. */
export function canonicalContent(item: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item)
      .filter(([key]) => !notContent.has(key))
      // By UTF-16 code units, as Array.prototype.sort orders strings: stored fingerprints stay valid.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => [key, normalize(value)]),
  )
}

function normalize(value: unknown): unknown {
  // Empty values in any form are one value: the admin's form and the database spell
  // "nothing" differently (undefined, '', null, []).
  if (value === undefined || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated relationship (a stored document, which has timestamps) and its id are
    // the same reference. An array row also has an id, but its fields are content.
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(
      Object.keys(record)
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
