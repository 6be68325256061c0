/**
 * Whether a value can be the id of a stored record, for the database in use: SQLite
 * numbers its rows, MongoDB names them with 24-hex ObjectIds. A malformed id is the
 * requester's mistake and is answered as such, instead of reaching the database, where
 * SQLite fails on NaN and MongoDB on a string it cannot cast (500 either way).
 */
export type IdKind = 'number' | 'objectId' | 'text'

export function isWellFormedId(value: unknown, kind: IdKind): boolean {
  if (kind === 'number') {
    if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
    return typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) && Number.isSafeInteger(Number(value))
  }
  if (kind === 'objectId') {
    // Server code may pass an ObjectId instance rather than its string.
    const text = typeof value === 'object' && value !== null && 'toHexString' in value ? String(value) : value
    return typeof text === 'string' && /^[0-9a-f]{24}$/i.test(text)
  }
  return typeof value === 'string' && value.length > 0 && value.length <= 200
}
