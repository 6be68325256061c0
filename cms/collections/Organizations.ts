import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/staff'
import { validateOrgCode } from '../domain/indexNumber'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { messages } from '../messages'

/** Issuing organs and interpretation bodies. Their names are public; only admins edit them. */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: label('机关', 'Organization'), plural: label('机关', 'Organizations') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'orgCode'],
    group: label('登记簿', 'Registers'),
    description: '发文机关和解读主体。机关名称会在公报上公开显示。',
  },
  access: {
    read: () => true,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      label: label('机关全称', 'Full name'),
      admin: { description: '例如：运城市人民政府办公室。' },
    },
    {
      name: 'shortName',
      type: 'text',
      label: label('简称', 'Short name'),
      admin: { description: '文中使用的简称，例如：市政府办公室。' },
    },
    {
      name: 'orgCode',
      type: 'text',
      label: label('组织机构代码', 'Organisation code'),
      admin: { description: '9 位组织机构代码（数字或大写字母，最后一位可为 X），用于生成索引号。' },
      validate: (value: string | null | undefined) => {
        if (!value) return true
        const result = validateOrgCode(value)
        return result === true ? true : messages.orgCodeInvalid(result)
      },
    },
    {
      name: 'issuingCodes',
      type: 'join',
      collection: 'issuing-codes',
      on: 'organization',
      label: label('发文代字', 'Issuing codes'),
      admin: { description: '本机关在发文代字登记簿中的代字（在登记簿中添加）。' },
    },
    slugField({ prefix: () => 'org' }),
  ],
}
