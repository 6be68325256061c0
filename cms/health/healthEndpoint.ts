/**
 * GET /api/health, for a monitor: the database, the job runner, the live site's build and
 * the last build with their ages, free disk space (core/health/healthReport.ts). Public
 * without signing in, as monitors do not sign in; it shows nothing that is not public.
 * 200 when the gazette serves, 503 when the database does not answer or no site is live.
 */
import type { Endpoint } from 'payload'

import { healthReport } from '../../core/health/healthReport'
import { gatherHealthFacts } from './healthFacts'

export const healthRoute = '/health'

export const healthEndpoint: Endpoint = {
  path: healthRoute,
  method: 'get',
  handler: async (req) => {
    const { httpStatus, report } = healthReport(await gatherHealthFacts(req.payload), new Date())
    return Response.json(report, {
      status: httpStatus,
      headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    })
  },
}
