import type { CollectionConfig } from 'payload'

import { isEditor, isStaff, isWorkflowStaff } from '../access/staff'
import { label } from '../fields/label'
import { requestBuildOnChange } from '../publishing/requestBuildOnChange'
import { saveIssue } from './hooks/saveIssue'
import { refuseDeletingRecord } from './hooks/refuseDeletingRecord'
import { deleteUnpublishedIssues, publishedIssuesOnly } from './publishedIssuesOnly'
import { proofEndpoint } from './proof/proofEndpoint'
import { issueLabelWithTotal, type IssueKey } from '../../core/issues/issueLabel'

/**
 * 公报期刊: the unit of publication. Print and web come from the same entries: when an
 * issue is published its print PDF is generated from the entries (or an uploaded PDF is
 * checked against them) and the real page ranges are stored here.
 */
export const GazetteIssues: CollectionConfig = {
  slug: 'gazette-issues',
  labels: { singular: label('公报期刊', 'Gazette issue'), plural: label('公报期刊', 'Gazette issues') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publicationDate', 'printSource', '_status'],
    group: label('公报', 'Gazette'),
    description:
      '每期公报的栏目和篇目。出版时按篇目生成印刷版PDF并写回每篇的起止页码（或核对上传的PDF），网页版与印刷版同步发行。出版后内容只能通过勘误修改。',
  },
  // 从印刷版导入's endpoints are added in payload.config.ts: cms/backIssues builds on cms/issues, not the reverse.
  endpoints: [proofEndpoint],
  access: {
    read: publishedIssuesOnly,
    readVersions: isStaff,
    create: isEditor,
    update: isWorkflowStaff,
    delete: deleteUnpublishedIssues,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  // The numbering rules (issueRules.ts) read the other issues before a save; two CMS
  // processes saving at once could both pass them, so the database holds the line too.
  indexes: [{ fields: ['issueNumber', 'year'], unique: true }],
  hooks: {
    beforeChange: [saveIssue],
    beforeDelete: [refuseDeletingRecord],
    afterChange: [requestBuildOnChange],
  },
  fields: [
    {
      // Not stored: 从印刷版导入, a printed back issue read into this issue (cms/backIssues/uploadedIssueEndpoint.ts).
      name: 'backIssueImport',
      type: 'ui',
      admin: {
        condition: (data) => data?._status !== 'published',
        components: { Field: '/components/BackIssueImport#BackIssueImport' },
      },
    },
    {
      name: 'title',
      type: 'text',
      label: label('期刊', 'Issue'),
      admin: { readOnly: true, hidden: true },
      hooks: {
        beforeChange: [({ siblingData }) => issueLabelWithTotal(siblingData as IssueKey)],
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 1949,
          max: 2100,
          label: label('年份', 'Year'),
          admin: { width: '25%' },
        },
        {
          name: 'issueNumber',
          type: 'number',
          required: true,
          min: 1,
          label: label('期号', 'Issue number'),
          admin: { width: '25%', description: '本年度第几期。' },
        },
        {
          name: 'totalNumber',
          type: 'number',
          required: true,
          unique: true,
          min: 1,
          label: label('总期号', 'Running number'),
          admin: { width: '25%', description: '创刊以来第几期。' },
        },
        {
          name: 'publicationDate',
          type: 'date',
          required: true,
          label: label('出版日期', 'Publication date'),
          admin: { width: '25%', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
      ],
    },
    {
      name: 'sections',
      type: 'array',
      label: label('栏目', 'Sections'),
      labels: { singular: label('栏目', 'Section'), plural: label('栏目', 'Sections') },
      admin: { description: '按印刷顺序排列的栏目，例如：市政府令、市政府文件、市政府办公室文件、部门文件、政策解读。' },
      fields: [
        { name: 'title', type: 'text', required: true, label: label('栏目名称', 'Section title') },
        {
          name: 'entries',
          type: 'array',
          label: label('篇目', 'Entries'),
          labels: { singular: label('篇目', 'Entry'), plural: label('篇目', 'Entries') },
          admin: { description: '本栏目的文件和解读，按印刷顺序排列。每篇只能编入一期。' },
          fields: [
            {
              name: 'item',
              type: 'relationship',
              relationTo: ['documents', 'interpretations'],
              required: true,
              label: label('文件或解读', 'Document or interpretation'),
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'firstPage',
                  type: 'number',
                  min: 1,
                  label: label('起始页', 'First page'),
                  admin: { width: '50%', description: '系统生成印刷版时自动填写；上传PDF时手工填写。' },
                },
                { name: 'lastPage', type: 'number', min: 1, label: label('结束页', 'Last page'), admin: { width: '50%' } },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: label('封面图片', 'Cover image'),
      admin: { description: '印在封面上的图片（可选），网站上显示其缩略图。' },
    },
    {
      type: 'collapsible',
      label: label('印刷版', 'Print edition'),
      fields: [
        {
          name: 'printLinks',
          type: 'ui',
          label: label('校样与印刷版', 'Proof and print'),
          admin: { components: { Field: '/components/IssuePrintLinks#IssuePrintLinks' } },
        },
        {
          name: 'printSource',
          type: 'select',
          required: true,
          defaultValue: 'generated',
          label: label('印刷版来源', 'Print source'),
          options: [
            { value: 'generated', label: label('由系统按篇目生成', 'Generated from the entries') },
            { value: 'uploaded', label: label('上传在别处排版的PDF', 'Uploaded PDF typeset elsewhere') },
          ],
          admin: { description: '生成：出版时排版成PDF，页码从PDF中读回。上传：手工填写每篇页码，出版前核对PDF文字与篇目是否一致。' },
        },
        {
          name: 'pageSize',
          type: 'text',
          defaultValue: 'A4',
          label: label('版面尺寸', 'Page size'),
          admin: { description: 'A4（GB/T 9704）、A5、B5、16K，或“185mm 260mm”。', condition: (data) => data?.printSource !== 'uploaded' },
        },
        {
          name: 'printPdf',
          type: 'upload',
          relationTo: 'issue-pdfs',
          label: label('印刷版PDF', 'Print PDF'),
          admin: { description: '生成方式下由系统填写；上传方式下请上传印刷厂定稿的PDF。' },
        },
        {
          name: 'printPages',
          type: 'number',
          label: label('总页数', 'Pages'),
          admin: { readOnly: true },
        },
        {
          name: 'printChecks',
          type: 'textarea',
          label: label('核对结果', 'Checks'),
          // Staff notes that name documents: never for the public API.
          access: { read: ({ req }) => Boolean(req.user) },
          admin: { readOnly: true, description: '保存时的核对结果：施行前刊登、印刷版与篇目是否一致。' },
        },
        {
          // Fingerprint of what was printed, so that an unchanged issue is not printed again.
          name: 'printFingerprint',
          type: 'text',
          admin: { hidden: true, readOnly: true },
          access: { read: ({ req }) => Boolean(req.user), update: () => false, create: () => false },
        },
      ],
    },
    {
      name: 'corrections',
      type: 'array',
      label: label('勘误', 'Corrections'),
      labels: { singular: label('勘误', 'Correction'), plural: label('勘误', 'Corrections') },
      admin: { description: '出版后的内容更正。已发布的勘误不能修改或删除，网站在本期页面上公布全部勘误。' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'date',
              required: true,
              label: label('勘误日期', 'Date'),
              admin: { width: '30%', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
            },
            { name: 'text', type: 'textarea', required: true, label: label('更正内容', 'What was corrected'), admin: { width: '70%' } },
          ],
        },
      ],
    },
    {
      // What was last published (fingerprint and corrections), for the correction rule.
      name: 'publishedState',
      type: 'json',
      admin: { hidden: true, readOnly: true },
      access: { read: ({ req }) => Boolean(req.user), update: () => false, create: () => false },
    },
  ],
}
