/** The database id a relationship field holds, whether populated or not; null when empty. */
export function relationId(ref: unknown): string | null {
  const id = typeof ref === 'object' && ref ? (ref as { id?: unknown }).id : ref
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null
}
