import type { Field } from 'payload'

import { staffOnlyField } from '../../access/staffOnlyField'
import { messages } from '../../../core/messages'
import { label } from '../../fields/label'

/**
 * 签发人 of a document as on the original (domain/signOff.ts): name and post, entered by
 * the editor. Staff only: an internal record, never in the public API or the snapshot.
 * Changing it records who changed it and when in the review record (applyWorkflow).
 */
export function signatoryFields(): Field {
  return {
    type: 'collapsible',
    label: label('签发', 'Signed off by'),
    admin: {
      position: 'sidebar',
      description:
        '按原件（发文稿纸或版头）登记签发本文件的机关负责人；签发日期即成文日期。登记和修改由系统记入审核记录（谁、何时）。仅供内部记录，不在公报网站公开。',
    },
    fields: [
      {
        name: 'signatory',
        type: 'text',
        maxLength: 50,
        label: label('签发人', 'Signatory'),
        access: staffOnlyField,
        admin: { description: '姓名，如：张三。' },
      },
      {
        name: 'signatoryPost',
        type: 'text',
        maxLength: 50,
        label: label('签发人职务', 'Signatory post'),
        access: staffOnlyField,
        validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
          value?.trim() && !String(siblingData?.signatory ?? '').trim() ? messages.signatoryPostWithoutName : true,
        admin: { description: '如：市长、副市长、局长。' },
      },
    ],
  }
}
