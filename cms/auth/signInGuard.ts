/**
 * Users' operation hooks that make signing in safe to offer on a network:
 * - every sign-in attempt through REST or GraphQL counts against its client address
 *   (signInLimits.ts) and is taken back when it succeeds, so only failures count and a
 *   stranger's guesses never lock the account itself (Payload's per-account lock is off);
 * - an unknown e-mail costs the same password check as an existing account
 *   (passwordCheckCost.ts), so neither the answer nor its time tells which accounts exist;
 * - password resets are requested only through the REST endpoint that answers before it
 *   looks anything up (forgotPasswordEndpoint.ts): the GraphQL mutation, which answers
 *   only after preparing the reset, is refused for every e-mail alike.
 * Calls from the CMS's own code (the Local API) are trusted and pass untouched.
 */
import { APIError, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { checkAgainstNoAccount } from './passwordCheckCost'
import { countAttempt } from './signInLimits'

const takeBacks = new WeakMap<PayloadRequest, () => void>()

type Credentials = { email?: unknown; password?: unknown }

/** Payload refuses an empty e-mail or password before looking anyone up; so does this. */
async function costOfAnAccount(req: PayloadRequest, { email, password }: Credentials): Promise<void> {
  const address = typeof email === 'string' ? email.toLowerCase().trim() : ''
  if (!address || typeof password !== 'string' || password.trim() === '') return
  const user = await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: address } } })
  if (!user) await checkAgainstNoAccount(password)
}

export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation === 'login') {
    const attempt = countAttempt('login', req.headers)
    takeBacks.set(req, attempt.takeBack)
    await costOfAnAccount(req, (args as { data?: Credentials }).data ?? {})
  }
  if (operation === 'forgotPassword') {
    throw new APIError('请在管理后台的登录页点击“忘记密码”申请重置。', 403, null, true)
  }
  return args
}

export const forgiveSuccessfulSignIn: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation === 'login') {
    takeBacks.get(req)?.()
    takeBacks.delete(req)
  }
  return result
}
