/**
 * The public reading the REST API while staff work: unauthenticated requests at a steady
 * rate (sent on a clock, whether or not earlier ones have answered, as independent
 * readers do), turn by turn a list of the newest documents of a kind, a title search, a
 * date range and one document by id. Stopping waits for the requests still open.
 */
import type { Recorder } from './recorder'

export type PublicReader = { stop: () => Promise<void> }

export function publicQueries(sampleDocumentId: number | string): string[] {
  return [
    '/api/documents?where[kind][equals]=other&sort=-publishedDate&limit=10',
    `/api/documents?where[title][like]=${encodeURIComponent('政务公开')}&limit=10&depth=0`,
    '/api/documents?where[publishedDate][greater_than_equal]=2020-01-01T00:00:00.000Z&sort=-publishedDate&limit=20&depth=0',
    `/api/documents/${sampleDocumentId}`,
  ]
}

export function startPublicReader(recorder: Recorder, perSecond: number, queries: string[]): PublicReader {
  if (perSecond <= 0) return { stop: async () => {} }
  const open = new Set<Promise<unknown>>()
  let turn = 0
  const timer = setInterval(() => {
    const query = queries[turn++ % queries.length] as string
    const request = recorder.call('public-read', query).finally(() => open.delete(request))
    open.add(request)
  }, 1000 / perSecond)
  return {
    stop: async () => {
      clearInterval(timer)
      await Promise.all([...open])
    },
  }
}
