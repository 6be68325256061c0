/**
 * Canonical JSON for the publication log (issue 20): the one byte string every hash and
 * signature of the log is computed over, so that the build (Node), the CLI and the
 * /verify/ page (a browser) all hash the same bytes. Object keys sorted recursively by
 * UTF-16 code unit (Array.prototype.sort's default order), no whitespace, arrays in
 * order, keys whose value is undefined omitted, numbers and strings exactly as
 * JSON.stringify writes them. Undefined or a function inside an array becomes null,
 * as in JSON.stringify; a value with toJSON (a Date) is written as what toJSON returns.
 */

// An array-index-like key ("0", "12"): engines list such keys first, in numeric order, whatever
// the insertion order, so an object holding one cannot be written sorted by JSON.stringify.
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/

export function canonicalJson(value: unknown): string {
  // JSON.stringify with each object's keys re-inserted in sorted order: about one and a half
  // times faster than writing the string ourselves on large records (a document with its
  // body), and the same bytes; an object with an index-like key is written by our own writer
  // instead. The copy has no prototype, so that a "__proto__" key (JSON.parse makes one an
  // own property) stays a key and does not set the copy's prototype.
  let indexLike = false
  const written = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item
    const sorted: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const key of Object.keys(item).sort()) {
      if (INDEX_KEY.test(key)) indexLike = true
      sorted[key] = (item as Record<string, unknown>)[key]
    }
    return sorted
  }) as string | undefined
  const canonical = indexLike ? write(value) : written
  if (canonical === undefined) throw new TypeError('canonicalJson: the value has no JSON form')
  return canonical
}

function write(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'bigint') throw new TypeError('canonicalJson: a bigint has no JSON form')
    // Strings, numbers (NaN and ±Infinity become null), booleans, null; undefined, functions
    // and symbols have no JSON form: omitted from an object, null in an array.
    return JSON.stringify(value) as string | undefined
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return write((value as { toJSON: () => unknown }).toJSON())
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (write(value[i]) ?? 'null')
    return out + ']'
  }
  const record = value as Record<string, unknown>
  let out = '{'
  for (const key of Object.keys(record).sort()) {
    const written = write(record[key])
    if (written !== undefined) out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + written
  }
  return out + '}'
}
