import type { Field } from 'payload'

import { hasRole } from '../../access/roles'
import { staffOnlyField } from '../../access/staffOnlyField'

import { reviewActionLabels, reviewActions, reviewStateLabels, reviewStates } from '../../../core/workflow/workflow'
import { validatePublication } from '../validatePublication'
import { label } from '../../fields/label'

/**
 * The review workflow on a publishable item, in the sidebar: its state (set only by the
 * workflow), the action to take on save, and the reason for sending back or withdrawing.
 */
export function workflowFields(): Field[] {
  return [
    {
      name: 'reviewState',
      type: 'select',
      defaultValue: 'draft',
      label: label('审核状态', 'Review state'),
      options: reviewStates.map((state) => ({ label: reviewStateLabels[state], value: state })),
      validate: validatePublication,
      access: staffOnlyField,
      // Only the workflow moves the state: applyWorkflow recomputes it on every save.
      admin: { position: 'sidebar', readOnly: true, description: '先审查、后公开：编辑提交审核，审核员审核通过，发布员发布。' },
    },
    {
      name: 'workflowAction',
      type: 'select',
      label: label('审核操作', 'Review action'),
      access: staffOnlyField,
      options: reviewActions.map((action) => ({ label: reviewActionLabels[action], value: action })),
      admin: { position: 'sidebar', description: '选择操作后点击“保存草稿”执行；发布请用“发布”按钮（需审核通过）。' },
    },
    {
      name: 'workflowReason',
      type: 'textarea',
      label: label('审核意见或理由', 'Reason'),
      access: staffOnlyField,
      admin: { position: 'sidebar', description: '退回修改、撤回时必须填写；审核通过时可填写审核意见。' },
    },
    {
      name: 'publishAt',
      type: 'date',
      label: label('定时发布', 'Publish at'),
      // Publishers schedule; the job publishes only items a reviewer approved.
      access: {
        ...staffOnlyField,
        create: ({ req }) => hasRole(req.user, 'publisher', 'admin'),
        update: ({ req }) => hasRole(req.user, 'publisher', 'admin'),
      },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
        description: '审核通过后，到点自动发布（每分钟检查一次）。',
      },
    },
    {
      name: 'withdrawnAt',
      type: 'date',
      label: label('撤回时间', 'Withdrawn at'),
      access: staffOnlyField,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.withdrawnAt) },
    },
  ]
}
