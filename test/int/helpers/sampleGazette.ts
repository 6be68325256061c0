/**
 * The sample gazette as a fresh installation has it (documents, organisations, the
 * interpretation, two published issues with their print PDFs) plus one PDF attachment on
 * a published document, so that uploaded files travel through whatever a test checks.
 */
import type { Payload, Where } from 'payload'

import { seedSampleIssues } from '../../../scripts/lib/seedSampleIssues'
import { seedSamples } from '../../../scripts/lib/seedSamples'
import { minimalPdf } from './uploadSamples'

export async function seedSampleGazette(payload: Payload, attachment: { name: string; text: string; notOn?: string }): Promise<void> {
  await seedSamples(payload)
  await seedSampleIssues(payload)
  const data = minimalPdf(attachment.text)
  const media = await payload.create({
    collection: 'media',
    data: {},
    file: { data, mimetype: 'application/pdf', name: attachment.name, size: data.length },
  })
  const where: Where = attachment.notOn ? { slug: { not_equals: attachment.notOn } } : {}
  const { docs } = await payload.find({ collection: 'documents', where, limit: 1 })
  await payload.update({
    collection: 'documents',
    id: docs[0]?.id as number,
    data: { attachments: [{ title: '附件1', file: media.id }], _status: 'published' },
  })
}
