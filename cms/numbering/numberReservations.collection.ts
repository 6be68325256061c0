import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/staff'
import { label } from '../fields/label'

/**
 * Every serial ever handed out, by series. Written only by the allocator (with
 * overrideAccess); nobody edits or deletes it through the API, so a number given once
 * is never given twice and unused allocations stay visible as gaps.
 */
export const NumberReservations: CollectionConfig = {
  slug: 'number-reservations',
  labels: { singular: label('取号记录', 'Number allocation'), plural: label('取号记录', 'Number allocations') },
  admin: {
    useAsTitle: 'series',
    defaultColumns: ['series', 'serial', 'createdAt'],
    group: label('登记簿', 'Registers'),
    description: '系统自动记录的每一次取号，只读。已取号但未使用的号码在发文代字登记簿中显示为空号。',
  },
  access: {
    read: isStaff,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['series', 'serial'], unique: true }],
  fields: [
    { name: 'series', type: 'text', required: true, index: true, label: label('编号序列', 'Series') },
    { name: 'serial', type: 'number', required: true, label: label('序号', 'Serial') },
  ],
}
