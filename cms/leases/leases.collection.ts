import type { CollectionConfig } from 'payload'

import { label } from '../fields/label'

/**
 * Who runs a piece of background work that must run once even when two CMS processes
 * share the database (databaseLease.ts): a site build, scheduled publication, reminders,
 * the nightly backup. The unique index on the name is what makes taking a lease atomic,
 * on SQLite and MongoDB alike. Written only by the system; nobody reads it over the API.
 */
export const Leases: CollectionConfig = {
  slug: 'leases',
  labels: { singular: label('后台任务锁', 'Lease'), plural: label('后台任务锁', 'Leases') },
  admin: { hidden: true },
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: label('任务', 'Work') },
    { name: 'holder', type: 'text', required: true, label: label('持有进程', 'Holder') },
    { name: 'expiresAt', type: 'date', required: true, label: label('到期时间', 'Expires at') },
  ],
}
