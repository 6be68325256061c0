/**
 * The job queues belong to admins. Payload lets any signed-in user run, queue and cancel
 * jobs (GET /api/payload-jobs/run and /handle-schedules run or queue work, including site
 * builds and scheduled publication) and read and overwrite the scheduler's state (the
 * payload-jobs-stats global). Here: admins only, refused with 403 to other staff (Payload
 * answers 401 there), and the scheduler's state is written by the scheduler alone. The
 * CMS's own background runs go through the Local API, which access does not concern.
 */
import type { CollectionConfig, Endpoint, JobsConfig, PayloadRequest, SanitizedConfig } from 'payload'

import { hasRole } from '../access/roles'

const admin = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')

export const adminOnlyJobsAccess: NonNullable<JobsConfig['access']> = { run: admin, queue: admin, cancel: admin }

function adminOnlyEndpoint(endpoint: Endpoint): Endpoint {
  return {
    ...endpoint,
    handler: async (req) => {
      if (!hasRole(req.user, 'admin')) {
        return Response.json(
          { errors: [{ message: req.t(req.user ? 'error:notAllowedToPerformAction' : 'error:unauthorized') }] },
          { status: req.user ? 403 : 401 },
        )
      }
      return endpoint.handler(req)
    },
  }
}

/** jobs.jobsCollectionOverrides: the payload-jobs collection's own endpoints (run, handle-schedules) for admins only. */
export function adminOnlyJobEndpoints({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  const endpoints = defaultJobsCollection.endpoints
  return { ...defaultJobsCollection, endpoints: endpoints ? endpoints.map(adminOnlyEndpoint) : endpoints }
}

/** The payload-jobs-stats global Payload adds for scheduled tasks: readable by admins, written by no request. */
export function adminOnlyJobStats(config: SanitizedConfig): SanitizedConfig {
  for (const global of config.globals) {
    if (global.slug === 'payload-jobs-stats') global.access = { ...global.access, read: admin, readVersions: admin, update: () => false }
  }
  return config
}
