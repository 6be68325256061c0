/**
 * POST /api/users/forgot-password, in place of Payload's: the same answer, at once, for
 * any e-mail (Payload's prepares the reset first, so a known account answered later — and,
 * with a mail server, much later). The reset itself (token, e-mail) is prepared right
 * after, by Payload's own operation through the Local API, with a link to the admin's own
 * address (none without SMTP). Requests count against the client address like failed sign-ins.
 */
import { APIError, addDataAndFileToRequest, type Endpoint, type Payload, type PayloadRequest } from 'payload'

import { mailConfigured } from '../notifications/mailSettings'
import { countAttempt } from './signInLimits'

function prepareReset(payload: Payload, email: string, req: PayloadRequest): void {
  // getRequestOrigin accepts a Host only when its origin is one of the admin's (the csrf list).
  const origin = payload.config.serverURL || payload.config.csrf[0] || 'http://localhost'
  const request: Partial<PayloadRequest> = {
    url: `${origin}/api/users/forgot-password`,
    headers: new Headers({ host: new URL(origin).host }),
    i18n: req.i18n,
    t: req.t,
  }
  setImmediate(() => {
    payload.forgotPassword({ collection: 'users', data: { email }, req: request }).catch((err: unknown) => {
      payload.logger.error({ err, msg: '准备重置密码时出错' })
    })
  })
}

export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    countAttempt('forgotPassword', req.headers)
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim() : ''
    if (!email) throw new APIError('Missing email.', 400)
    // Without SMTP no reset e-mail can arrive: the answer stays the same, nothing is prepared.
    if (mailConfigured()) prepareReset(req.payload, email, req)
    return Response.json({ message: req.t('general:success') }, { status: 200 })
  },
}
