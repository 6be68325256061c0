/**
 * A user flagged mustChangePassword (the first admin with its printed, generated
 * password; or anyone an admin flags) must choose a new password before anything else
 * works. The server enforces it on the API (REST and GraphQL): every collection
 * operation and custom endpoint answers 403 with a Chinese message, except signing in
 * and out, reading one's own account (me, users) and changing one's own password
 * (PATCH /api/users/<own id> with a password), which clears the flag. The admin's own
 * server-side rendering (Local API) is not refused: the admin sends the user to the
 * account page instead (PasswordChangePrompt.tsx).
 */
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import type { User } from '../payload-types'

export const mustChangePasswordMessage =
  '请先修改密码：首次登录（或管理员要求）时必须设置新密码，修改前不能进行其他操作。请在“账号”页面点击“更改密码”并保存。'

export function mustChangePassword(req: PayloadRequest): boolean {
  return Boolean(req.user?.collection === 'users' && req.user.mustChangePassword)
}

function refused(req: PayloadRequest): boolean {
  return req.payloadAPI !== 'local' && mustChangePassword(req)
}

const openOnUsers = new Set(['login', 'refresh', 'forgotPassword', 'resetPassword', 'read', 'find', 'findByID'])

const gate: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!refused(req)) return args
  if (collection.slug === 'users') {
    if (openOnUsers.has(operation)) return args
    const { id, data } = args as { id?: number | string; data?: { password?: unknown } }
    const ownPassword =
      (operation === 'update' || operation === 'updateByID') &&
      id != null &&
      String(id) === String(req.user?.id) &&
      typeof data?.password === 'string' &&
      data.password !== ''
    if (ownPassword) return args
  }
  throw new APIError(mustChangePasswordMessage, 403, null, true)
}

function gatedEndpoint(endpoint: Endpoint): Endpoint {
  return {
    ...endpoint,
    handler: async (req) => {
      if (refused(req)) return Response.json({ errors: [{ message: mustChangePasswordMessage }] }, { status: 403 })
      return endpoint.handler(req)
    },
  }
}

/** Adds the gate to a collection: its operations and its custom endpoints. */
export function withPasswordChangeGate(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [gate, ...(collection.hooks?.beforeOperation ?? [])] },
    endpoints: Array.isArray(collection.endpoints) ? collection.endpoints.map(gatedEndpoint) : collection.endpoints,
  }
}

/** Users: changing one's own password clears one's own flag. */
export const clearPasswordChangeFlag: CollectionBeforeChangeHook<User> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.mustChangePassword) return data
  const ownChange = req.user?.collection === 'users' && String(req.user.id) === String(originalDoc.id)
  if (ownChange && typeof data.password === 'string' && data.password !== '') return { ...data, mustChangePassword: false }
  return data
}
