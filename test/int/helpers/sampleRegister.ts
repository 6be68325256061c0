import type { Payload } from 'payload'

import { readSampleOrganizations } from '../../../scripts/lib/samples'

/** The sample organisation register, as an office would have it before importing. */
export async function registerSampleOrganizations(payload: Payload): Promise<void> {
  for (const org of readSampleOrganizations()) {
    await payload.create({
      collection: 'organizations',
      data: { name: org.name, shortName: org.shortName, orgCode: org.orgCode, isGovernment: org.isGovernment, slug: org.key },
    })
  }
}
