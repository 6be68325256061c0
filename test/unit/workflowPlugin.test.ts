/**
 * The review workflow is one plugin (cms/workflow/plugin.ts): read from the
 * built config, every collection it governs runs the same workflow hooks in the same
 * order, before its own, and what the plugin adds is wrapped like every other collection.
 * The full hook lists are pinned as they were when each collection declared them by hand.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

type Phase = 'beforeChange' | 'afterChange' | 'afterDelete'
const phases: Phase[] = ['beforeChange', 'afterChange', 'afterDelete']

let config: SanitizedConfig
let workflowHooks: typeof import('../../cms/workflow/plugin').workflowHooks

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-plugin-'))
  process.env.DATA_DIR = dir
  process.env.DATABASE_URI = `file:${path.join(dir, 'config.db')}`
  process.env.PAYLOAD_SECRET = 'unit-test-secret'
  config = await (await import('../../cms/payload.config')).default
  workflowHooks = (await import('../../cms/workflow/plugin')).workflowHooks
}, 120_000)

const collection = (slug: string): SanitizedCollectionConfig => {
  const found = config.collections.find((candidate) => candidate.slug === slug)
  if (!found) throw new Error(`no collection ${slug}`)
  return found
}
const names = (hooks: Array<{ name: string }> | undefined) => (hooks ?? []).map((hook) => hook.name)

describe('the review workflow plugin', () => {
  it('governs documents and interpretations, and only them', () => {
    const governed = config.collections.filter((c) => names(c.hooks.beforeChange).includes('applyWorkflow')).map((c) => c.slug)
    expect(governed).toEqual(['documents', 'interpretations'])
  })

  it('runs the same workflow hooks, in one order, first in every phase of every collection it governs', () => {
    const all = workflowHooks({ enactsRelations: true })
    const sequences = ['documents', 'interpretations'].map((slug) => {
      const hooks = collection(slug).hooks
      return Object.fromEntries(
        phases.map((phase) => {
          const own = hooks[phase] ?? []
          const workflow = own.filter((hook) => (all[phase] as unknown[]).includes(hook))
          // The workflow's hooks lead; the collection's own follow.
          expect(own.slice(0, workflow.length)).toEqual(workflow)
          return [phase, names(workflow)]
        }),
      )
    })
    const [documents, interpretations] = sequences
    expect(documents).toEqual({
      beforeChange: ['defaultPublishedDate', 'maskPersonalData', 'applyWorkflow'],
      afterChange: ['recordReviewEvent', 'unpublishWithdrawn', 'publishEnactedRelations', 'requestBuildOnChange'],
      afterDelete: ['requestBuildOnDelete'],
    })
    // The same, less the relations only documents enact.
    expect(interpretations).toEqual({
      ...documents,
      afterChange: documents?.afterChange?.filter((name) => name !== 'publishEnactedRelations'),
    })
  })

  it('keeps each collection’s full hook order as it was declared by hand', () => {
    expect(names(collection('documents').hooks.beforeChange)).toEqual([
      'defaultPublishedDate',
      'maskPersonalData',
      'applyWorkflow',
      'enforceDocumentRules',
      'checkVersionHistory',
      'deriveNumberParts',
      'refuseMissingIndexNumber',
      'assignIndexNumber',
    ])
    expect(names(collection('documents').hooks.afterChange)).toEqual([
      'recordReviewEvent',
      'unpublishWithdrawn',
      'publishEnactedRelations',
      'requestBuildOnChange',
    ])
    expect(names(collection('interpretations').hooks.beforeChange)).toEqual(['defaultPublishedDate', 'maskPersonalData', 'applyWorkflow'])
    expect(names(collection('interpretations').hooks.afterChange)).toEqual([
      'recordReviewEvent',
      'unpublishWithdrawn',
      'requestBuildOnChange',
    ])
    for (const slug of ['documents', 'interpretations']) expect(names(collection(slug).hooks.afterDelete)).toEqual(['requestBuildOnDelete'])
  })

  it('adds the list components, the bulk endpoint and drafts to each', () => {
    for (const slug of ['documents', 'interpretations']) {
      const governed = collection(slug)
      expect(governed.admin.components?.beforeList?.[0]).toBe('/components/QueueLinks#QueueLinks')
      expect(governed.admin.components?.beforeListTable?.at(-1)).toBe('/components/BulkWorkflow#BulkWorkflow')
      expect(governed.endpoints && governed.endpoints.some((endpoint) => endpoint.path === '/bulk-workflow')).toBe(true)
      expect(governed.versions && governed.versions.drafts).toBeTruthy()
    }
    // The import box stays above the bulk steps on documents.
    expect(collection('documents').admin.components?.beforeListTable).toEqual([
      '/components/ImportUpload#ImportUpload',
      '/components/BulkWorkflow#BulkWorkflow',
    ])
  })

  it('adds the review record, wrapped like every collection, and the scheduled publication first among the tasks', () => {
    const record = collection('review-events')
    expect(names(record.hooks.afterChange)).toContain('notifyReviewEvent')
    expect(names(record.hooks.beforeOperation)[0]).toBe('gate')
    expect(record.fields[0] && 'name' in record.fields[0] ? record.fields[0].name : null).toBe('refusals')
    const slugs = config.collections.map((c) => c.slug)
    expect(slugs.indexOf('review-events')).toBe(slugs.indexOf('site-builds') - 1)
    expect(config.jobs.tasks?.[0]?.slug).toBe('publishScheduled')
  })
})
