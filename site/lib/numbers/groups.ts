import type { NumberParts } from './parts'
import type { NumberEntry } from './entry'

/** Entries whose number has a 代字 and year, and those numbered as orders. */
export type StandardEntry = NumberEntry & { parts: Extract<NumberParts, { shape: 'standard' }> }
export type OrderEntry = NumberEntry & { parts: Extract<NumberParts, { shape: 'order' }> }

export const isStandard = (entry: NumberEntry): entry is StandardEntry => entry.parts.shape === 'standard'
export const isOrder = (entry: NumberEntry): entry is OrderEntry => entry.parts.shape === 'order'

/** Groups in first-seen order; callers sort keys and values as their page needs. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/** Codes and issuers in Chinese collation order, as an index of names is read. */
export function byName(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN')
}

/** Newest year first, then serials in order: the register as the office keeps it. */
export function registerOrder(a: StandardEntry, b: StandardEntry): number {
  return b.parts.year - a.parts.year || a.parts.serial - b.parts.serial || a.id.localeCompare(b.id)
}

export function serialOrder(a: NumberEntry, b: NumberEntry): number {
  return a.parts.serial - b.parts.serial || a.id.localeCompare(b.id)
}
