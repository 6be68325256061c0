/**
 * What the review workflow governs: the collections whose items pass 先审查、后公开
 * (plugin.ts applies the workflow to them) and their generated item types,
 * so that the workflow's hooks are typed by the schema rather than by casts.
 */
import type { Document, Interpretation } from '../payload-types'

export const reviewedCollections = ['documents', 'interpretations'] as const

export type ReviewedCollection = (typeof reviewedCollections)[number]

/** An item of a reviewed collection, as stored (cms/payload-types.ts). */
export type ReviewedItem = Document | Interpretation

/** The slug of the collection a workflow hook runs on; the plugin attaches them to reviewed collections only. */
export function reviewedSlug(collection: { slug: string }): ReviewedCollection {
  const found = reviewedCollections.find((slug) => slug === collection.slug)
  if (!found) throw new Error(`审核流程不适用于 ${collection.slug}（the review workflow does not govern this collection）`)
  return found
}
