/**
 * The admin list address that shows exactly a queue: the list view reads `where` from
 * its query string (qs bracket syntax: where[or][0][and][0][reviewState][equals]=submitted)
 * and runs it as the person viewing, the way the dashboard counted it.
 */
import type { QueueWhere } from './workQueues'

type Node = string | number | boolean | null | readonly Node[] | { readonly [key: string]: Node }

/**
 * The query string of a `where`, without the leading "?". Lists of values (`in`) are
 * written comma-separated, as Payload reads them: qs turns an indexed list longer than
 * 20 items into an object, which no longer reads as a list.
 */
export function whereQueryString(where: QueueWhere): string {
  const pairs: Array<[string, string]> = []
  const visit = (value: Node, key: string) => {
    if (Array.isArray(value)) {
      const list = value as readonly Node[]
      if (list.every((item) => item === null || typeof item !== 'object')) pairs.push([key, list.map(String).join(',')])
      else list.forEach((item, index) => visit(item, `${key}[${index}]`))
    } else if (value !== null && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) visit(inner as Node, `${key}[${name}]`)
    } else {
      pairs.push([key, String(value)])
    }
  }
  visit(where as unknown as Node, 'where')
  // Brackets stay readable; everything else is percent-encoded.
  return pairs
    .map(([key, value]) => `${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(value)}`)
    .join('&')
}

/** The list of `collection` in the admin, filtered to the queue. */
export function queueListHref(adminRoute: string, collection: string, where: QueueWhere): string {
  return `${adminRoute.replace(/\/+$/, '')}/collections/${collection}?${whereQueryString(where)}`
}

/**
 * Whether a list page's query parameters (as Next hands them over, decoded) filter by
 * exactly this `where`: the quick links mark the queue being shown.
 */
export function showsWhere(searchParams: Record<string, string | string[] | undefined>, where: QueueWhere): boolean {
  const wanted = new Map(
    whereQueryString(where)
      .split('&')
      .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
  )
  const given = Object.entries(searchParams).filter(([key]) => key === 'where' || key.startsWith('where['))
  return given.length === wanted.size && given.every(([key, value]) => typeof value === 'string' && wanted.get(key) === value)
}
