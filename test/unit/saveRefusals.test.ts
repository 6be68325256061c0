import { describe, expect, it } from 'vitest'

import { parseRefusals } from '../../cms/components/refusals/parseRefusals'
import { refusalTarget } from '../../cms/components/refusals/refusalTarget'

const taken =
  '发文字号“运政办发〔2022〕18号”已被《运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知》使用，同一发文字号不能重复。'

describe('the reasons a save was refused, from the body of the answer', () => {
  it.each([
    {
      case: "a ValidationError: each field error, labelled in the admin's language; its summary dropped",
      body: {
        errors: [
          {
            name: 'ValidationError',
            message: `${taken}；标题：请填写标题。`,
            data: {
              collection: 'documents',
              errors: [
                { path: 'docNumberRaw', label: { zh: '发文字号', en: 'Document number' }, message: taken },
                { path: 'title', label: '标题', message: '请填写标题。' },
              ],
            },
          },
        ],
      },
      language: 'zh',
      expected: [
        { path: 'docNumberRaw', label: '发文字号', message: taken },
        { path: 'title', label: '标题', message: '请填写标题。' },
      ],
    },
    {
      case: 'a label in English for an English-speaking editor',
      body: {
        errors: [
          { message: 'x', data: { errors: [{ path: 'docNumberRaw', label: { zh: '发文字号', en: 'Document number' }, message: taken }] } },
        ],
      },
      language: 'en',
      expected: [{ path: 'docNumberRaw', label: 'Document number', message: taken }],
    },
    {
      case: 'an APIError given its field errors as an array',
      body: {
        errors: [{ name: 'APIError', message: '已发布的关系不能修改。', data: [{ path: 'kind', message: '已发布的关系不能修改。' }] }],
      },
      language: 'zh',
      expected: [{ path: 'kind', label: null, message: '已发布的关系不能修改。' }],
    },
    {
      case: 'an error without field errors keeps its message, without a path',
      body: { errors: [{ name: 'APIError', message: '只有发布员或管理员可以出版公报。', data: null }] },
      language: 'zh',
      expected: [{ path: null, label: null, message: '只有发布员或管理员可以出版公报。' }],
    },
    {
      case: 'a field error without a path keeps its message',
      body: { errors: [{ message: '下面的字段是无效的：审核', data: { errors: [{ message: '发现疑似个人信息1处。' }] } }] },
      language: 'zh',
      expected: [{ path: null, label: null, message: '发现疑似个人信息1处。' }],
    },
    {
      case: 'the same reason twice is said once',
      body: {
        errors: [
          { message: 'a', data: { errors: [{ path: 'sections', label: '出版', message: '第1期未出版。' }] } },
          { message: 'b', data: { errors: [{ path: 'sections', label: '出版', message: '第1期未出版。' }] } },
        ],
      },
      language: 'zh',
      expected: [{ path: 'sections', label: '出版', message: '第1期未出版。' }],
    },
  ])('$case', ({ body, language, expected }) => {
    expect(parseRefusals(body, language)).toEqual(expected)
  })

  it.each([null, 'Internal Server Error', {}, { errors: 'no' }, { errors: [null, 3, { message: '' }] }])(
    'reads nothing from %j',
    (body) => {
      expect(parseRefusals(body)).toEqual([])
    },
  )
})

describe('the field a refusal marks', () => {
  const form = new Set(['title', 'docNumberRaw', 'sections', 'reviewState', 'workflowAction'])
  const onForm = (path: string) => form.has(path)

  it.each([
    { path: 'docNumberRaw', expected: 'docNumberRaw' },
    { path: 'sections.0.entries.1.firstPage', expected: 'sections' },
    // Set by the workflow, not typed: changed through 审核操作.
    { path: 'reviewState', expected: 'workflowAction' },
    { path: '_status', expected: 'workflowAction' },
    { path: 'workflowAction', expected: 'workflowAction' },
    { path: 'docNumberCode', expected: 'workflowAction' },
    { path: null, expected: 'workflowAction' },
  ])('$path marks $expected', ({ path, expected }) => {
    expect(refusalTarget(path, onForm)).toBe(expected)
  })

  it('marks nothing when neither the field nor 审核操作 is on the form', () => {
    const issueForm = (path: string) => path === 'issueNumber'
    expect(refusalTarget('issueNumber', issueForm)).toBe('issueNumber')
    expect(refusalTarget('_status', issueForm)).toBeNull()
    expect(refusalTarget(null, issueForm)).toBeNull()
  })
})
