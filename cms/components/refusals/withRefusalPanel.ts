/**
 * Puts the refusal panel (RefusalPanel.tsx) first among a collection's fields, so that
 * an editor whose save was refused reads why at the top of the form. payload.config.ts
 * maps every collection through it, so a collection added later has it too. A `ui`
 * field stores nothing and needs no migration.
 */
import type { CollectionConfig, UIField } from 'payload'

import { label } from '../../fields/label'

const refusalPanel: UIField = {
  name: 'refusals',
  type: 'ui',
  label: label('未能保存的原因', 'Why the save was refused'),
  admin: {
    components: { Field: '/components/refusals/RefusalPanel#RefusalPanel' },
    disableBulkEdit: true,
    disableListColumn: true,
  },
}

export function withRefusalPanel(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: [refusalPanel, ...collection.fields] }
}
