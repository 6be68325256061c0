import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/staff'
import { validateOrgCode } from '../../core/documents/indexNumber'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { messages } from '../../core/messages'

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
      name: 'isGovernment',
      type: 'checkbox',
      defaultValue: false,
      label: label('人民政府或其办公厅（室）', 'A government or its office'),
      admin: { description: '勾选后，本机关印发的政府规章和行政规范性文件必须注明解读主体。' },
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
