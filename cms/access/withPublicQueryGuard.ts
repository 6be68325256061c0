/**
 * Puts the query guard (publicQueryGuard.ts) first among a collection's beforeOperation
 * hooks and the relationship filter (publicRelationValues.ts) last among its afterRead
 * hooks. payload.config.ts maps every collection through it, so a collection added later
 * is guarded without anyone remembering to.
 */
import type { CollectionConfig } from 'payload'

import { publicQueryGuard } from './publicQueryGuard'
import { dropHiddenRelations } from './publicRelationValues'

export function withPublicQueryGuard(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [publicQueryGuard, ...(hooks.beforeOperation ?? [])],
      afterRead: [...(hooks.afterRead ?? []), dropHiddenRelations],
    },
  }
}
