import type { Field } from 'payload'

import { emptyJoinText } from './emptyJoinText'
import { label } from '../../fields/label'

/**
 * The relations a document is part of (修改、废止、替代), both ways: the ones it enacts
 * and the ones that act on it, as join tables over document-relations.
 */
export function documentRelationsField(): Field {
  return {
    type: 'collapsible',
    label: label('与其他文件的关系', 'Relations'),
    admin: { description: '修改、废止、替代。在任一份文件上添加，两份文件都会显示。' },
    fields: [
      {
        name: 'actsOn',
        type: 'join',
        collection: 'document-relations',
        on: 'from',
        label: label('本文件修改、废止或替代的文件', 'This document amends, repeals or replaces'),
        admin: {
          defaultColumns: ['kind', 'to', 'date'],
          components: {
            afterInput: [
              emptyJoinText({
                unsaved: '暂无。保存本文件后，可在此登记本文件修改、废止或替代的文件。',
                saved: '暂无。本文件修改、废止或替代其他文件的，可在此新增。',
              }),
            ],
          },
        },
      },
      {
        name: 'actedOnBy',
        type: 'join',
        collection: 'document-relations',
        on: 'to',
        label: label('修改、废止或替代本文件的文件', 'Amended, repealed or replaced by'),
        admin: {
          defaultColumns: ['from', 'kind', 'date'],
          components: {
            afterInput: [emptyJoinText({ unsaved: '暂无。', saved: '暂无。' })],
          },
        },
      },
    ],
  }
}
