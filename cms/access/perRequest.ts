/**
 * A value worked out once per request and requester, kept in req.context: what the
 * requester may read does not change within a request, but a Local API call that passes
 * a request along with another `user` changes the requester, so the user is part of the key.
 */
import type { PayloadRequest } from 'payload'

type Entry = { user: unknown; value: unknown }

export function perRequest<T>(req: PayloadRequest, key: string, compute: () => T): T {
  const cache = (req.context['gongbao.perRequest'] ??= new Map<string, Entry>()) as Map<string, Entry>
  const found = cache.get(key)
  if (found && found.user === req.user) return found.value as T
  const value = compute()
  cache.set(key, { user: req.user, value })
  return value
}
