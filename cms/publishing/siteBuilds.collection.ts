import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/roles'
import { isStaff } from '../access/staff'
import { label } from '../fields/label'
import { rebuildEndpoint, rollbackEndpoint } from './endpoints'

export const buildStatuses = ['queued', 'running', 'succeeded', 'failed'] as const

/**
 * Every build of the public site: what started it, when, how long it took, whether it
 * went live, and its log. Written by the publishing pipeline; publishers and admins
 * rebuild or roll back through the endpoints below.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: label('网站构建', 'Site build'), plural: label('网站构建', 'Site builds') },
  admin: {
    useAsTitle: 'buildId',
    defaultColumns: ['createdAt', 'status', 'trigger', 'live', 'durationMs', 'documents'],
    group: label('系统', 'System'),
    description: '公报网站的每一次构建：排队、构建、检查、上线。失败的构建不影响线上网站。',
    // Under the page's title and search, above the table: beforeList would put it above the title.
    components: { beforeListTable: ['/components/BuildPanel#BuildPanel'] },
  },
  access: { read: isStaff, create: () => false, update: () => false, delete: () => false },
  endpoints: [rebuildEndpoint, rollbackEndpoint],
  fields: [
    { name: 'buildId', type: 'text', index: true, label: label('构建编号', 'Build id') },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      label: label('状态', 'Status'),
      options: [
        { label: '排队中', value: 'queued' },
        { label: '构建中', value: 'running' },
        { label: '成功', value: 'succeeded' },
        { label: '失败', value: 'failed' },
      ],
    },
    { name: 'trigger', type: 'text', label: label('原因', 'Trigger') },
    { name: 'live', type: 'checkbox', index: true, label: label('线上版本', 'Live') },
    { name: 'startedAt', type: 'date', label: label('开始时间', 'Started') },
    { name: 'finishedAt', type: 'date', label: label('结束时间', 'Finished') },
    {
      // Stored in milliseconds, shown as 1分12秒 (components/BuildDuration.tsx).
      name: 'durationMs',
      type: 'number',
      label: label('用时', 'Duration'),
      admin: {
        components: { Cell: '/components/BuildDuration#DurationCell', Field: '/components/BuildDuration#DurationField' },
      },
    },
    { name: 'documents', type: 'number', label: label('文件数', 'Documents') },
    {
      name: 'contentHash',
      type: 'text',
      label: label('内容版本', 'Content version'),
      admin: { description: '公开内容的指纹：内容相同的两次构建指纹相同。' },
    },
    { name: 'attempt', type: 'number', defaultValue: 1, label: label('第几次尝试', 'Attempt') },
    { name: 'pid', type: 'number', admin: { hidden: true } },
    { name: 'log', type: 'textarea', label: label('日志', 'Log') },
  ],
}

export const canPublishSite = (user: { roles?: readonly string[] | null } | null | undefined) => hasRole(user, 'publisher', 'admin')
