/**
 * JSON with every object's keys in sorted order, for fingerprints: the same data gives
 * the same text whatever order its keys were built in. Only plain data is accepted; a
 * function, a Map or a class instance in a page's props would be rendered from something
 * the fingerprint cannot see, so it is refused instead of silently hashed as {}.
 * A whole snapshot file as the reader parsed it is written as the digest of its text
 * (site/lib/snapshotRecordDigests.ts), not walked: the same text gives the same record.
 */
import { recordDigest } from '../../lib/snapshotRecordDigests'

export function stableJson(value: unknown): string {
  // JSON.stringify with a replacer: several times faster than walking the data by hand,
  // which matters at tens of thousands of pages.
  return JSON.stringify(value, (key, item: unknown) => {
    if (typeof item === 'function' || typeof item === 'bigint' || typeof item === 'symbol') throw notPlain(key, typeof item)
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item
    const digest = recordDigest(item)
    if (digest !== undefined) return { snapshotFile: digest }
    const prototype = Object.getPrototypeOf(item) as unknown
    if (prototype !== Object.prototype && prototype !== null) throw notPlain(key, item.constructor?.name ?? 'object')
    const keys = Object.keys(item)
    if (isSorted(keys)) return item
    const sorted: Record<string, unknown> = {}
    for (const name of keys.sort()) sorted[name] = (item as Record<string, unknown>)[name]
    return sorted
  })
}

function isSorted(keys: string[]): boolean {
  for (let index = 1; index < keys.length; index++) if ((keys[index - 1] as string) > (keys[index] as string)) return false
  return true
}

const notPlain = (key: string, type: string) => new TypeError(`Not plain data${key ? ` at "${key}"` : ''}: ${type}`)
