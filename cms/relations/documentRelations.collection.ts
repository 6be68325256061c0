import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/roles'
import { isEditor } from '../access/staff'
import { relationKindLabels, relationKinds } from '../../core/relations/documentRelations'
import { label } from '../fields/label'
import { publicRelationsOnly } from './publicRelationsOnly'
import { checkRelationRules } from './hooks/checkRelationRules'
import { holdForReview, refuseDeletingPublished } from './hooks/holdForReview'
import { reopenAfterChange, reopenAfterDelete } from './hooks/reopenActingDocument'
import { staffOnlyField } from '../access/staffOnlyField'

/**
 * 修改、废止、替代 between documents: one dated record per relation, entered once from
 * either document; both documents show it (the other side is derived, never stored).
 */
export const DocumentRelations: CollectionConfig = {
  slug: 'document-relations',
  labels: { singular: label('文件关系', 'Document relation'), plural: label('文件关系', 'Document relations') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['from', 'kind', 'to', 'date'],
    group: label('内容', 'Content'),
    description: '文件之间的修改、废止、替代关系。每条关系只录入一次，两份文件都会显示。新录入的关系随实施文件重新审核、发布后才公开。',
  },
  access: {
    read: publicRelationsOnly,
    create: isEditor,
    update: isEditor,
    delete: ({ req }) => hasRole(req.user, 'admin', 'editor'),
  },
  hooks: {
    beforeChange: [holdForReview, checkRelationRules],
    afterChange: [reopenAfterChange],
    beforeDelete: [refuseDeletingPublished],
    afterDelete: [reopenAfterDelete],
  },
  fields: [
    {
      name: 'from',
      type: 'relationship',
      relationTo: 'documents',
      required: true,
      label: label('实施文件', 'Acting document'),
      admin: { description: '作出修改、废止或替代的文件。' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: label('关系', 'Relation'),
      options: relationKinds.map((kind) => ({ label: relationKindLabels[kind], value: kind })),
    },
    {
      name: 'to',
      type: 'relationship',
      relationTo: 'documents',
      required: true,
      label: label('被修改、废止或替代的文件', 'Affected document'),
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      label: label('生效日期', 'Takes effect on'),
      admin: {
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        description: '修改、废止或替代生效之日。被废止或替代的文件未填写废止日期的，以此日为废止日期。',
      },
    },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'published',
      access: staffOnlyField,
      label: label('发布状态', 'Publication'),
      options: [
        { label: '待随实施文件审核发布', value: 'pending' },
        { label: '已发布', value: 'published' },
      ],
      admin: { readOnly: true, position: 'sidebar', description: '新录入的关系在实施文件重新审核并发布后公开。' },
    },
    {
      name: 'retract',
      type: 'checkbox',
      defaultValue: false,
      access: staffOnlyField,
      label: label('申请撤销', 'Withdraw'),
      admin: {
        position: 'sidebar',
        condition: (data) => data?.state === 'published',
        description: '勾选并保存后，实施文件退回草稿；重新审核、发布后本关系从公报撤下。',
      },
    },
    {
      name: 'summary',
      type: 'text',
      label: label('摘要', 'Summary'),
      admin: { readOnly: true, description: '自动生成。' },
      hooks: {
        beforeChange: [
          ({ siblingData }) =>
            `${relationKindLabels[siblingData.kind as keyof typeof relationKindLabels] ?? ''}（${String(siblingData.date ?? '').slice(0, 10)}）`,
        ],
      },
    },
  ],
}
