import type { Field } from 'payload'

import { hasRole } from '../access/roles'
import { staffOnlyField } from '../access/staffOnlyField'
import { label } from './label'

/** The personal-data check on a publishable item: the one-click mask and reviewers' recorded exceptions. */
export function personalDataFields(): Field {
  return {
    type: 'collapsible',
    label: label('个人信息检查', 'Personal data'),
    admin: {
      position: 'sidebar',
      description: '提交审核和发布前，系统检查标题、正文和附件名称中的身份证号、手机号、车牌号、银行卡号、电子邮箱等个人信息。',
    },
    fields: [
      {
        name: 'maskPersonalData',
        type: 'checkbox',
        label: label('保存时遮盖个人信息', 'Mask personal data on save'),
        access: staffOnlyField,
        admin: { description: '保留首尾字符，其余以 * 代替；审核员放行的除外。' },
      },
      {
        name: 'personalDataOverrides',
        type: 'array',
        label: label('放行的个人信息', 'Allowed personal data'),
        labels: { singular: label('放行', 'Allowed item'), plural: label('放行的个人信息', 'Allowed personal data') },
        // Only reviewers decide that personal data may be published.
        access: {
          ...staffOnlyField,
          create: ({ req }) => hasRole(req.user, 'reviewer', 'admin'),
          update: ({ req }) => hasRole(req.user, 'reviewer', 'admin'),
        },
        admin: { description: '仅审核员可填写：确需公开的个人信息（如依法公示的内容），逐条填写原文和理由。' },
        fields: [
          { name: 'text', type: 'text', required: true, label: label('原文', 'Text as found') },
          { name: 'reason', type: 'textarea', required: true, label: label('理由', 'Reason') },
        ],
      },
    ],
  }
}
