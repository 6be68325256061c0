import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff } from '../access/staff'
import { documentKindField } from '../fields/documentKind'
import { label } from '../fields/label'

/**
 * The one register of issuing codes (发文机关代字): each code belongs to one
 * organisation and one kind of document, and numbers are allocated per code and year.
 */
export const IssuingCodes: CollectionConfig = {
  slug: 'issuing-codes',
  labels: { singular: label('发文代字', 'Issuing code'), plural: label('发文代字登记簿', 'Issuing codes') },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'organization', 'series', 'kind'],
    group: label('登记簿', 'Registers'),
    description: '统一登记、统一编号：每个发文代字只属于一个机关。打开一个代字可查看各年度已用号和空号。',
  },
  access: {
    read: isStaff,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: label('代字', 'Code'),
      admin: { description: '发文机关代字，如 运政办发；统一编号用的规字代字，如 运政规。' },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      label: label('所属机关', 'Organisation'),
    },
    {
      name: 'series',
      type: 'select',
      required: true,
      defaultValue: 'docNumber',
      label: label('编号类别', 'Series'),
      options: [
        { label: '发文字号', value: 'docNumber' },
        { label: '统一编号（规字号）', value: 'unifiedNumber' },
      ],
    },
    documentKindField('使用这个代字的文件类型。'),
    {
      name: 'register',
      type: 'ui',
      label: label('编号情况', 'Numbers used'),
      admin: {
        components: { Field: '/components/NumberRegister#NumberRegister' },
        condition: (data) => Boolean(data?.id),
      },
    },
  ],
}
