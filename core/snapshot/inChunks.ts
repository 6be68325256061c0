/** SQLite allows a limited number of bound values per statement; an `in` query stays well below. */
const idsPerQuery = 500

/** Ids split for `in` queries of a bounded size. */
export function inChunks<T>(ids: readonly T[]): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < ids.length; start += idsPerQuery) chunks.push(ids.slice(start, start + idsPerQuery))
  return chunks
}
