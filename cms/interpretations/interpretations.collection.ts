import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { interpretationFormLabels, interpretationForms } from '../../core/interpretations/interpretationForms'
import { ocrProofingField, ocrProofreadingView } from '../backIssues/ocrProofingFields'
import { proofPageEndpoint } from '../backIssues/proofPageEndpoint'
import { attachmentsField } from '../fields/attachments'
import { documentDateField } from '../fields/calendarDate'
import { disclosureFields } from '../fields/disclosure'
import { label } from '../fields/label'
import { slugField } from '../fields/slug'
import { validateVideoUrl } from './validateVideoUrl'

/**
 * 政策解读: text, illustrated, Q&A or video material that explains one or more
 * documents, published with them or within 7 working days, linked both ways. The same
 * review and disclosure rules as documents: the review workflow (access, drafts, its
 * fields, hooks, list components and endpoint) is added by workflow/plugin.ts
 * (payload.config.ts), its fields before the slug.
 */
export const Interpretations: CollectionConfig = {
  slug: 'interpretations',
  endpoints: [proofPageEndpoint('interpretations')],
  labels: { singular: label('政策解读', 'Interpretation'), plural: label('政策解读', 'Interpretations') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'form', 'publishedDate', '_status', 'reviewState'],
    group: label('内容', 'Content'),
    description: '“谁起草、谁解读”：解读材料与文件同步发布或在文件发布后7个工作日内发布，二者互相链接。',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label('标题', 'Title'),
      admin: { description: '例如：《运城市2022年政务公开工作要点》政策解读。' },
    },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      required: true,
      minRows: 1,
      label: label('解读的文件', 'Documents interpreted'),
      admin: { description: '本解读所解读的文件；文件页面会自动链接到本解读。' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'form',
          type: 'select',
          required: true,
          defaultValue: 'text',
          label: label('解读形式', 'Form'),
          options: interpretationForms.map((form) => ({ label: interpretationFormLabels[form], value: form })),
          admin: { width: '50%' },
        },
        {
          name: 'interpretationBody',
          type: 'relationship',
          relationTo: 'organizations',
          required: true,
          label: label('解读主体', 'Interpretation body'),
          admin: { width: '50%', description: '负责解读的机关，一般为文件起草机关。' },
        },
      ],
    },
    documentDateField({
      name: 'publishedDate',
      zh: '发布日期',
      en: 'Date published',
      description: '解读发布之日，应不晚于文件发布后7个工作日。发布时未填写的，自动取发布当天。',
    }),
    // An interpretation of a back issue read by OCR shows its page images beside the text (cms/backIssues/).
    ocrProofreadingView,
    {
      name: 'body',
      type: 'richText',
      editor: lexicalEditor({}),
      label: label('正文', 'Body'),
      admin: { description: '解读正文；问答形式每个问题可用“标题3”。' },
    },
    {
      name: 'images',
      type: 'array',
      label: label('图解', 'Figures'),
      labels: { singular: label('图片', 'Figure'), plural: label('图片', 'Figures') },
      admin: { condition: (data) => data?.form === 'illustrated', description: '图文解读的图片，按顺序显示。' },
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media', required: true, label: label('图片', 'Image') },
        {
          name: 'alt',
          type: 'text',
          required: true,
          label: label('图片说明', 'Alt text'),
          admin: { description: '图片内容的文字说明，供读屏软件朗读。' },
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (data) => data?.form === 'video' },
      fields: [
        {
          name: 'videoUrl',
          type: 'text',
          label: label('视频网址', 'Video address'),
          validate: validateVideoUrl,
          admin: { width: '50%', description: '以 https:// 开头的视频地址；或在右侧上传视频文件。' },
        },
        { name: 'video', type: 'upload', relationTo: 'media', label: label('视频文件', 'Video file'), admin: { width: '50%' } },
      ],
    },
    disclosureFields(),
    attachmentsField(),
    ocrProofingField,
    slugField({ prefix: () => 'jd' }),
  ],
}
