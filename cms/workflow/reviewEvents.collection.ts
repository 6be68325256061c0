import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/staff'
import { disclosureAttributes, disclosureLabels } from '../../core/documents/disclosure'
import { reviewStateLabels, reviewStates } from '../../core/workflow/workflow'
import { label } from '../fields/label'
import type { ReviewedCollection } from './reviewed'

/**
 * The record of the review workflow (谁审查、谁负责): one entry per transition, written
 * only by the workflow (writeReviewEvent.ts); nobody edits or deletes it. Its items are
 * those of the collections the workflow governs (plugin.ts adds it).
 */
export const reviewEventsCollection = (reviewed: ReviewedCollection[]): CollectionConfig => ({
  slug: 'review-events',
  labels: { singular: label('审核记录', 'Review event'), plural: label('审核记录', 'Review events') },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'item', 'action', 'fromState', 'toState', 'user', 'reason'],
    group: label('系统', 'System'),
    description: '每一次提交、审核、退回、发布、撤回和签发人登记的记录：谁、何时、做了什么、理由。只读。',
  },
  access: { read: isStaff, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'item', type: 'relationship', relationTo: reviewed, required: true, label: label('内容', 'Item') },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: label('操作', 'Action'),
      options: [
        { label: '提交审核', value: 'submit' },
        { label: '审核通过', value: 'approve' },
        { label: '退回修改', value: 'send-back' },
        { label: '发布', value: 'publish' },
        { label: '撤回', value: 'withdraw' },
        { label: '放行个人信息', value: 'allow-personal-data' },
        // Who entered the 签发人 of the original, and when (domain/signOff.ts).
        { label: '登记签发人', value: 'sign-off' },
      ],
    },
    {
      name: 'fromState',
      type: 'select',
      label: label('原状态', 'From'),
      options: reviewStates.map((s) => ({ label: reviewStateLabels[s], value: s })),
    },
    {
      name: 'toState',
      type: 'select',
      label: label('新状态', 'To'),
      options: reviewStates.map((s) => ({ label: reviewStateLabels[s], value: s })),
    },
    { name: 'reason', type: 'textarea', label: label('理由或意见', 'Reason') },
    {
      name: 'disclosure',
      type: 'select',
      label: label('当时的公开属性', 'Disclosure at the time'),
      options: disclosureAttributes.map((value) => ({ label: disclosureLabels[value], value })),
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: label('操作人', 'By') },
    {
      name: 'contentFingerprint',
      type: 'text',
      label: label('内容指纹', 'Content fingerprint'),
      admin: {
        description: '审核通过和发布时所涉版本的 SHA-256 指纹（正文、字段、附件文件和文件关系）。发布的指纹必须与审核通过的指纹相同。',
      },
    },
  ],
})
