import { newVersionEndpoint } from './newVersion/newVersionEndpoint'
import { ocrProofingField, ocrProofreadingView } from '../backIssues/ocrProofingFields'
import { proofPageEndpoint } from '../backIssues/proofPageEndpoint'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { staffOnlyField } from '../access/staffOnlyField'
import { kindHasRule } from '../../core/documents/documentKinds'
import { configuredDocumentKinds } from '../../core/documents/documentKindsFile'
import { documentKindField } from '../fields/documentKind'
import { attachmentsField } from '../fields/attachments'
import { documentDateField } from '../fields/calendarDate'
import { dateReasonFields } from './fields/dateReasons'
import { documentRelationsField } from './fields/relationJoins'
import { emptyJoinText } from './fields/emptyJoinText'
import { disclosureFields } from '../fields/disclosure'
import { label } from '../fields/label'
import { numberPartFields } from './fields/numberParts'
import { importEndpoint } from '../import/importEndpoint'
import { previewEndpoint } from '../publishing/previewEndpoint'
import { slugField } from '../fields/slug'
import { messages } from '../../core/messages'
import { allocateNumber } from './hooks/allocateNumber'
import { applyValidityClause } from './hooks/applyValidityClause'
import { offerInterpretationBody } from './hooks/offerInterpretationBody'
import { assignIndexNumber } from './hooks/assignIndexNumber'
import { refuseMissingIndexNumber } from './hooks/refuseMissingIndexNumber'
import { deriveNumberParts } from './hooks/deriveNumberParts'
import { enforceDocumentRules } from './hooks/enforceDocumentRules'
import { checkVersionHistory } from './hooks/checkVersionHistory'
import { currentVersionFields, versionsField } from './fields/versionFields'
import { normalizeDocNumber } from './hooks/normalizeDocNumber'
import { normalizeUnifiedNumber } from './hooks/normalizeUnifiedNumber'
import { validateInterpretationBody } from './validateInterpretationBody'

/**
 * Rules, normative documents and other documents the gazette publishes. The review
 * workflow (access, drafts, its fields, hooks, list components and endpoint) is added by
 * workflow/plugin.ts (payload.config.ts): its fields go before the number
 * parts, and its hooks run before these.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: label('文件', 'Document'), plural: label('文件', 'Documents') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNumber', 'kind', 'publishedDate', '_status', 'reviewState'],
    listSearchableFields: ['title', 'docNumber', 'docNumberRaw'],
    group: label('内容', 'Content'),
    description: '法律法规、政府规章、规范性文件和其他文件。只有已发布且公开属性为“主动公开”的文件才会出现在公报上。',
    components: {
      // Below the list's header and filters, not above the page title: the import box
      // (import/importEndpoint.ts); the workflow's bulk review steps follow, nearest the table.
      beforeListTable: ['/components/ImportUpload#ImportUpload'],
    },
    // Payload's preview button: the draft rendered with the site's templates, for staff only.
    preview: (doc) => (doc?.id ? `/api/documents/${doc.id}/preview` : null),
  },
  endpoints: [importEndpoint, previewEndpoint, newVersionEndpoint, proofPageEndpoint('documents')],
  hooks: {
    beforeValidate: [allocateNumber, applyValidityClause, offerInterpretationBody],
    beforeChange: [enforceDocumentRules, checkVersionHistory, deriveNumberParts, refuseMissingIndexNumber, assignIndexNumber],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label('标题', 'Title'),
      admin: { description: '文件标题全文，例如：运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知。' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'docNumberRaw',
          type: 'text',
          label: label('发文字号', 'Document number'),
          admin: {
            description: '按原件填写，如 运政办发[2022]18号；系统自动规范为 运政办发〔2022〕18号，原样保留。无字号的文件留空。',
            width: '50%',
          },
        },
        {
          name: 'docNumber',
          type: 'text',
          index: true,
          label: label('发文字号（规范形式）', 'Document number (strict form)'),
          hooks: { beforeChange: [normalizeDocNumber] },
          admin: {
            components: { Cell: '/components/TextOrDashCell#TextOrDashCell' },
            readOnly: true,
            description: '按 GB/T 9704-2012 自动生成：六角括号〔〕、年份四位、序号不编虚位、加“号”。',
            width: '50%',
          },
        },
      ],
    },
    {
      name: 'unifiedNumber',
      type: 'text',
      index: true,
      label: label('统一编号', 'Unified number'),
      hooks: { beforeChange: [normalizeUnifiedNumber] },
      validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
        kindHasRule(configuredDocumentKinds(), siblingData?.kind as string | undefined, 'unifiedNumberRequired') && !value?.trim()
          ? messages.unifiedNumberRequired
          : true,
      admin: {
        description: '行政规范性文件的统一编号（规字号），如 运政规〔2022〕1号；保存时规范为本站配置的格式。',
      },
    },
    documentKindField(
      '文种决定文件适用的规则（索引号、施行日期、有效期、统一编号、解读主体）和它在目录、订阅中的位置；可选的文种由本站配置。',
    ),
    {
      name: 'issuers',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      required: true,
      minRows: 1,
      label: label('发文机关', 'Issuing organisations'),
      admin: { description: '联合发文时按落款顺序选择全部发文机关。' },
    },
    {
      // Beside 发文机关: the first issuer's missing organisation code leaves 索引号 unassigned.
      name: 'indexNumberWarning',
      type: 'ui',
      label: label('索引号提示', 'Index number warning'),
      admin: {
        components: {
          Field: { path: '/components/IndexNumberWarning#IndexNumberWarning', clientProps: { kinds: configuredDocumentKinds() } },
        },
      },
    },
    {
      type: 'row',
      fields: [
        documentDateField({
          name: 'writtenDate',
          zh: '成文日期',
          en: 'Date written',
          required: true,
          description: '落款日期；联合发文以最后签发机关的日期为准。',
          width: '50%',
        }),
        documentDateField({
          name: 'publishedDate',
          zh: '发布日期',
          en: 'Date published',
          description: '公开发布之日。发布时未填写的，自动取发布当天。',
          width: '50%',
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        documentDateField({
          name: 'effectiveDate',
          zh: '施行日期',
          en: 'In force from',
          description: '文件开始施行之日，如“自2022年7月1日起施行”。',
          width: '33%',
        }),
        documentDateField({
          name: 'expiresOn',
          zh: '有效期至',
          en: 'Valid until',
          description: '有效期届满之日；不得早于施行日期。',
          width: '33%',
        }),
        documentDateField({
          name: 'repealedOn',
          zh: '废止日期',
          en: 'Repealed on',
          description: '被明令废止之日；未废止的留空。',
          width: '33%',
        }),
      ],
    },
    ...dateReasonFields(),
    {
      name: 'readValidityClause',
      access: staffOnlyField,
      type: 'checkbox',
      label: label('保存时从正文读取施行日期和有效期', 'Read 施行日期 and 有效期 from the body on save'),
      admin: {
        description: '勾选后保存，系统从正文末尾的条款（如“本规定自2022年7月1日起施行，有效期5年”）填写尚未填写的施行日期和有效期至。',
      },
    },
    {
      name: 'interpretationBody',
      type: 'relationship',
      relationTo: 'organizations',
      label: label('解读主体', 'Interpretation body'),
      validate: validateInterpretationBody,
      admin: {
        description:
          '“谁起草、谁解读”：文末“本文件由…负责解读”中的机关；留空时按正文中的这句话自动填写。政府或其办公室印发的规章和行政规范性文件必须填写。',
      },
    },
    {
      name: 'interpretations',
      type: 'join',
      collection: 'interpretations',
      on: 'documents',
      label: label('政策解读', 'Interpretations'),
      admin: {
        defaultColumns: ['title', 'form', 'publishedDate', '_status'],
        description: '解读本文件的材料；在此添加的解读会自动关联本文件。',
        components: {
          afterInput: [
            emptyJoinText({
              unsaved: '暂无政策解读。保存本文件后，可在此新增解读。',
              saved: '暂无政策解读。',
            }),
          ],
        },
      },
    },
    {
      name: 'interpretationDeadline',
      type: 'ui',
      label: label('解读时限', 'Interpretation deadline'),
      admin: { components: { Field: '/components/InterpretationDeadline#InterpretationDeadline' } },
    },
    disclosureFields(),
    {
      type: 'row',
      fields: [
        {
          name: 'indexNumber',
          type: 'text',
          index: true,
          label: label('索引号', 'Index number'),
          // Assigned once, on first publication (or entered for a legacy document), then fixed.
          access: { update: ({ doc }) => !doc?.indexNumber },
          hooks: { beforeChange: [({ value, originalDoc }) => originalDoc?.indexNumber || value || null] },
          admin: {
            description: '首次发布时按本站索引号规则自动生成（需发文机关登记组织机构代码），此后不再改变；历史文件可按原索引号填写。',
            width: '50%',
          },
        },
        {
          name: 'subject',
          type: 'text',
          label: label('主题分类', 'Subject'),
          admin: { description: '例如：综合政务、商贸、海关、旅游。', width: '50%' },
        },
      ],
    },
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      label: label('关键词', 'Keywords'),
      admin: { description: '读者检索时常用的词，例如：政务公开、政策解读。' },
    },
    {
      name: 'aliases',
      type: 'array',
      label: label('简称和曾用名', 'Short and former names'),
      labels: { singular: label('名称', 'Name'), plural: label('名称', 'Names') },
      admin: {
        description: '读者可能用来查找本文件的其他名称，例如简称“个保法”或修订前的名称。公报检索会按这些名称找到本文件。',
        initCollapsed: true,
      },
      fields: [
        { name: 'name', type: 'text', required: true, label: label('名称', 'Name'), admin: { width: '60%' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'short',
          label: label('类别', 'Kind'),
          options: [
            { value: 'short', label: label('简称', 'Short name') },
            { value: 'former', label: label('曾用名', 'Former name') },
          ],
          admin: { width: '40%' },
        },
      ],
    },
    // An entry of a back issue read by OCR shows its page images beside the text (cms/backIssues/).
    ocrProofreadingView,
    {
      name: 'body',
      type: 'richText',
      editor: lexicalEditor({}),
      label: label('正文', 'Body'),
      admin: { description: '文件正文。一级标题用“标题2”，落款可右对齐。' },
    },
    ...currentVersionFields,
    {
      // Not stored: the 导入新版本 action (cms/documents/newVersion/).
      name: 'newVersionImport',
      type: 'ui',
      admin: { components: { Field: '/components/NewVersionImport#NewVersionImport' } },
    },
    versionsField,
    documentRelationsField(),
    attachmentsField(),
    {
      type: 'collapsible',
      label: label('取号', 'Allocate a number'),
      admin: { position: 'sidebar', initCollapsed: false },
      fields: [
        {
          name: 'allocateFrom',
          access: staffOnlyField,
          type: 'relationship',
          relationTo: 'issuing-codes',
          label: label('按代字取号', 'Issuing code'),
          admin: { description: '选择发文代字，保存时自动取该代字本年度的下一个号，填入发文字号或统一编号。' },
        },
        {
          name: 'allocateYear',
          access: staffOnlyField,
          type: 'number',
          min: 1949,
          max: 2100,
          label: label('年度', 'Year'),
          admin: { description: '留空则取成文日期的年份。' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('导入信息', 'Import'),
      admin: { position: 'sidebar', initCollapsed: true, condition: (data) => Boolean(data?.importKey) },
      fields: [
        {
          name: 'importSource',
          access: staffOnlyField,
          type: 'upload',
          relationTo: 'media',
          label: label('导入原件', 'Source file'),
          admin: { readOnly: true },
        },
        {
          name: 'importReport',
          access: staffOnlyField,
          type: 'textarea',
          label: label('导入报告', 'Import report'),
          admin: { readOnly: true, description: '导入时发现的缺失和存疑之处，请逐条核对。' },
        },
        { name: 'importKey', type: 'text', index: true, access: staffOnlyField, admin: { hidden: true } },
        ocrProofingField,
      ],
    },
    ...numberPartFields,
    slugField({ prefix: (data) => String(data.writtenDate ?? new Date().toISOString()).slice(0, 4) }),
  ],
}
