/**
 * A document's version history in the CMS (issue 22, core/history/storedHistory.ts).
 *
 * The model: the document's own fields (标题, 正文, 发布日期, 施行日期) are its newest text,
 * the one the public page shows as current; `versions` holds the earlier texts, oldest first,
 * the first being the 原文. Beside the current text sit its kind (修正, 修订, 勘误, or 原文 for a
 * document never amended) and the document that made it. So entering a new version is what an
 * office already does when a decision amends a rule: copy the current text into a row, then
 * edit the document's own body and dates; nothing is stored twice, every document saved before
 * this change is a valid one-version history, and the review workflow governs the rows as it
 * governs any field (the approved fingerprint covers every content field, these included).
 */
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { DateField, Field } from 'payload'

import { versionKindLabels, versionKinds, type VersionKind } from '../../../core/history/versionHistory'
import { label } from '../../fields/label'

const kindOptions = (kinds: readonly VersionKind[]) => kinds.map((kind) => ({ value: kind, label: versionKindLabels[kind] }))

function dayField(name: string, zh: string, en: string, description: string): DateField {
  return {
    name,
    type: 'date',
    label: label(zh, en),
    admin: { description, width: '50%', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
  }
}

function amendingFields(subject: string): Field[] {
  return [
    {
      name: 'amendedBy',
      type: 'relationship',
      relationTo: 'documents',
      label: label('修改文件', 'Amended by'),
      admin: { description: `作出${subject}的决定或公布令，在本公报中的请在此选择。`, width: '50%' },
    },
    {
      name: 'amendedByCitation',
      type: 'text',
      label: label('修改文件（不在本公报中）', 'Amended by (citation)'),
      admin: {
        description: '修改文件不在本公报中的，填写其名称和文号，如《国务院关于修改和废止部分行政法规的决定》（国务院令第752号）。',
        width: '50%',
      },
    },
  ]
}

/** The kind of the document's current text and the document that made it. */
export const currentVersionFields: Field[] = [
  {
    name: 'versionKind',
    type: 'select',
    defaultValue: 'original',
    label: label('本版本类别', 'Kind of this version'),
    options: kindOptions(versionKinds),
    admin: {
      description: '当前正文是原文，还是修正、修订或勘误后的文本。录入修改后的文本时，先把原来的正文复制到“历次版本”中。',
    },
  },
  { type: 'row', fields: amendingFields('本次修改') },
]

/** 历次版本: the earlier texts, oldest first. */
export const versionsField: Field = {
  name: 'versions',
  type: 'array',
  label: label('历次版本', 'Earlier versions'),
  labels: { singular: label('版本', 'Version'), plural: label('历次版本', 'Earlier versions') },
  admin: {
    description:
      '本文件此前的各个文本，按施行先后排列，第一个为原文；上方的标题、正文和日期是最新的文本。读者可按日期查看当时有效的文本，并比较两个版本。',
    // Not collapsed: Payload collapses a newly added row too, and an editor who clicks 添加
    // must see the fields of the version being entered (test/e2e/adminVersions.test.ts).
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: label('类别', 'Kind'),
      options: kindOptions(versionKinds),
      admin: { description: '第一个版本为原文，其后为修正、修订或勘误。' },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label('标题', 'Title'),
      admin: { description: '该版本公布时的标题全文（修订可能改名）。' },
    },
    {
      type: 'row',
      fields: [
        dayField('promulgatedDate', '公布日期', 'Promulgated', '该文本公布之日。'),
        dayField('effectiveDate', '施行日期', 'In force from', '该文本开始施行之日。'),
      ],
    },
    { type: 'row', fields: amendingFields('该版本') },
    {
      name: 'body',
      type: 'richText',
      editor: lexicalEditor({}),
      label: label('正文', 'Body'),
      admin: { description: '该版本的全文。' },
    },
  ],
}
