import type { ArrayField } from 'payload'

import { label } from './label'

/** Files published with an item (附件), each with the title readers see. */
export function attachmentsField(): ArrayField {
  return {
    name: 'attachments',
    type: 'array',
    label: label('附件', 'Attachments'),
    labels: { singular: label('附件', 'Attachment'), plural: label('附件', 'Attachments') },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        label: label('附件名称', 'Title'),
        admin: { description: '例如：附件1：政务公开事项清单。' },
      },
      { name: 'file', type: 'upload', relationTo: 'media', required: true, label: label('文件', 'File') },
    ],
  }
}
