/**
 * The review workflow (先审查、后公开) as one Payload plugin, applied in payload.config.ts
 * to a named list of collections. Each of them gets, from here and nowhere else:
 *
 * - access: the public reads published items that are 主动公开; staff read versions;
 *   editors create; workflow staff save; admins delete;
 * - versions with drafts (the published version stays public while a draft is reviewed);
 * - the workflow's fields (state, action, reason, 定时发布, 撤回时间), the 签发人 record
 *   where the collection keeps it, the review record panel and the personal-data check,
 *   placed before the collection's own field `fieldsBefore` (the admin's form and the
 *   generated types follow the order of the fields);
 * - the workflow's hooks, which run before the collection's own in every phase, always
 *   in this order (the test workflowPlugin.test.ts holds it):
 *     beforeChange: defaultPublishedDate, maskPersonalData, applyWorkflow, …own
 *     afterChange:  recordReviewEvent, unpublishWithdrawn, publishEnactedRelations
 *                   (collections that enact relations: documents), requestBuildOnChange, …own
 *     afterDelete:  requestBuildOnDelete, …own
 *   (a publication gets its date before the content is masked and checked; the record is
 *   written before a withdrawal unpublishes the item and before relations go public with
 *   it; a site build is queued last, for what the save finally made public);
 * - the bulk review endpoint (POST /api/<slug>/bulk-workflow) and the list's work-queue
 *   links (QueueLinks, above the list) and bulk steps (BulkWorkflow, nearest the table).
 *
 * And once for all of them: the review record (review-events) and the every-minute task
 * that publishes approved items whose 定时发布 time has come (publishDue.ts).
 *
 * Apply it before anything that wraps every collection (the query guard, the password
 * gate, notifications, the refusal panel), so that what it adds is wrapped too.
 */
import type { CollectionConfig, Config, Field, Plugin, TaskConfig } from 'payload'

import { publishedAndPublic } from '../access/publishedAndPublic'
import { isAdmin, isEditor, isStaff, isWorkflowStaff } from '../access/staff'
import { defaultPublishedDate } from '../documents/hooks/defaultPublishedDate'
import { personalDataFields } from '../fields/personalData'
import { everyMinute, scheduledQueue } from '../jobs/schedules'
import { withLease } from '../leases/databaseLease'
import { leaseNames } from '../leases/leaseNames'
import { requestBuildOnChange } from '../publishing/requestBuildOnChange'
import { requestBuildOnDelete } from '../publishing/requestBuildOnDelete'
import { applyWorkflow } from './applyWorkflow'
import { bulkWorkflowEndpoint } from './bulkWorkflowEndpoint'
import { reviewHistoryField } from './fields/reviewHistory'
import { signatoryFields } from './fields/signatory'
import { workflowFields } from './fields/workflowFields'
import { maskPersonalData } from './maskPersonalData'
import { publishDueItems } from './publishDue'
import { publishEnactedRelations } from './publishEnactedRelations'
import { recordReviewEvent } from './recordReviewEvent'
import { reviewEventsCollection } from './reviewEvents.collection'
import type { ReviewedCollection } from './reviewed'
import { unpublishWithdrawn } from './unpublishWithdrawn'

/** How one reviewed collection differs from the others. */
export type ReviewedCollectionOptions = {
  slug: ReviewedCollection
  /** The collection's own field before which the workflow's fields go. */
  fieldsBefore: string
  /** Keeps the 签发人 of the original (签发, signOff.ts). */
  signatory?: boolean
  /** Its items enact document relations, which go public when the item is published. */
  enactsRelations?: boolean
}

export type ReviewWorkflowOptions = {
  collections: ReviewedCollectionOptions[]
  /** The collection before which the review record is listed (the admin's navigation and the generated types follow the order). */
  recordBefore: string
}

type WorkflowHooks = {
  beforeChange: NonNullable<NonNullable<CollectionConfig['hooks']>['beforeChange']>
  afterChange: NonNullable<NonNullable<CollectionConfig['hooks']>['afterChange']>
  afterDelete: NonNullable<NonNullable<CollectionConfig['hooks']>['afterDelete']>
}

/** The workflow's hooks for a collection, in the one order they run (see the header). */
export function workflowHooks(options: Pick<ReviewedCollectionOptions, 'enactsRelations'>): WorkflowHooks {
  return {
    beforeChange: [defaultPublishedDate, maskPersonalData, applyWorkflow],
    afterChange: [
      recordReviewEvent,
      unpublishWithdrawn,
      ...(options.enactsRelations ? [publishEnactedRelations] : []),
      requestBuildOnChange,
    ],
    afterDelete: [requestBuildOnDelete],
  }
}

const reviewedAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedAndPublic,
  readVersions: isStaff,
  create: isEditor,
  update: isWorkflowStaff,
  delete: isAdmin,
}

const queueLinks = '/components/QueueLinks#QueueLinks'
const bulkSteps = '/components/BulkWorkflow#BulkWorkflow'

export function reviewWorkflow(options: ReviewWorkflowOptions): Plugin {
  return (config: Config): Config => {
    const collections = config.collections ?? []
    for (const reviewed of options.collections) {
      if (!collections.some((collection) => collection.slug === reviewed.slug)) throw new Error(`审核流程：没有 ${reviewed.slug} 集合`)
    }
    const governed = collections.map((collection) => {
      const reviewed = options.collections.find((candidate) => candidate.slug === collection.slug)
      return reviewed ? withReviewWorkflow(collection, reviewed) : collection
    })
    const record = reviewEventsCollection(options.collections.map((reviewed) => reviewed.slug))
    return {
      ...config,
      collections: insertBefore(
        governed,
        (collection) => collection.slug === options.recordBefore,
        [record],
        `集合 ${options.recordBefore}`,
      ),
      jobs: {
        ...config.jobs,
        tasks: [publishScheduledTask(options.collections.map((reviewed) => reviewed.slug)), ...(config.jobs?.tasks ?? [])],
      },
    }
  }
}

function withReviewWorkflow(collection: CollectionConfig, options: ReviewedCollectionOptions): CollectionConfig {
  const own = collection.hooks ?? {}
  const hooks = workflowHooks(options)
  const components = collection.admin?.components
  const added: Field[] = [
    ...workflowFields(),
    ...(options.signatory ? [signatoryFields()] : []),
    reviewHistoryField(),
    personalDataFields(),
  ]
  return {
    ...collection,
    access: { ...reviewedAccess, ...collection.access },
    versions: { drafts: true, maxPerDoc: 100 },
    admin: {
      ...collection.admin,
      components: {
        ...components,
        beforeList: [queueLinks, ...(components?.beforeList ?? [])],
        beforeListTable: [...(components?.beforeListTable ?? []), bulkSteps],
      },
    },
    endpoints: [...(collection.endpoints || []), bulkWorkflowEndpoint(options.slug)],
    hooks: {
      ...own,
      beforeChange: [...hooks.beforeChange, ...(own.beforeChange ?? [])],
      afterChange: [...hooks.afterChange, ...(own.afterChange ?? [])],
      afterDelete: [...hooks.afterDelete, ...(own.afterDelete ?? [])],
    },
    fields: insertBefore(
      collection.fields,
      (field) => 'name' in field && field.name === options.fieldsBefore,
      added,
      `${collection.slug} 的字段 ${options.fieldsBefore}`,
    ),
  }
}

/** Every minute, as the system: approved items whose time has come are published (publishDue.ts). */
function publishScheduledTask(reviewed: ReviewedCollection[]): TaskConfig {
  return {
    slug: 'publishScheduled',
    label: '定时发布',
    schedule: [{ cron: everyMinute, queue: scheduledQueue }],
    handler: async ({ req }) => {
      // Under its lease: two CMS processes on one database publish an item once.
      const run = await withLease(req.payload, leaseNames.publishScheduled, () => publishDueItems(req.payload, new Date(), reviewed))
      return { output: run.ran ? { published: run.value.length } : { skipped: run.holder } }
    },
  }
}

function insertBefore<T>(items: T[], isAnchor: (item: T) => boolean, added: T[], anchorName: string): T[] {
  const at = items.findIndex(isAnchor)
  if (at < 0) throw new Error(`审核流程：找不到${anchorName}，无法放置审核流程的内容`)
  return [...items.slice(0, at), ...added, ...items.slice(at)]
}
