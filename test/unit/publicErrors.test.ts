import { APIError, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { publicErrorResponse } from '../../cms/api/publicErrors'

/** An error as the bundled admin sees it: another copy of the class, its name minified away. */
function minified<T extends Error>(error: T): T {
  Object.defineProperty(error, 'name', { value: '' })
  return error
}

describe('public error messages', () => {
  it("keeps a public refusal's status, message and data", () => {
    const error = minified(new APIError('文件“a.xml”不能上传。', 400, [{ path: 'file', message: '不能上传' }], true))
    expect(publicErrorResponse(error)).toEqual({
      status: 400,
      response: { errors: [{ name: 'APIError', message: '文件“a.xml”不能上传。', data: [{ path: 'file', message: '不能上传' }] }] },
    })
  })

  it("keeps a validation error's field errors under its own name, and says the first reason and how many more at the top", () => {
    const error = minified(
      new ValidationError({
        collection: 'documents',
        errors: [
          { path: 'title', label: { zh: '标题', en: 'Title' } as never, message: '请填写标题。' },
          { path: 'docNumberRaw', label: '发文字号', message: '发文字号“测政发〔2024〕1号”已被《某文件》使用，同一发文字号不能重复。' },
          { path: 'kind', message: '该字段为必填项。' },
        ],
      }),
    )
    const answer = publicErrorResponse(error)
    expect(answer?.status).toBe(400)
    expect(answer?.response.errors[0]?.name).toBe('ValidationError')
    expect(answer?.response.errors[0]?.message).toBe(
      // A reason that names its field is not prefixed again; the others are in data.errors.
      '请填写标题。（另有 2 处需要修改，逐项见各字段的提示）',
    )
    expect((answer?.response.errors[0]?.data as { errors: unknown[] }).errors).toHaveLength(3)
  })

  it('says a single reason alone, prefixed by its field', () => {
    const error = minified(
      new ValidationError({ collection: 'documents', errors: [{ path: 'kind', label: '文件类型', message: '该字段为必填项。' }] }),
    )
    expect(publicErrorResponse(error)?.response.errors[0]?.message).toBe('文件类型：该字段为必填项。')
  })

  it('leaves server errors and private errors to Payload', () => {
    expect(publicErrorResponse(new APIError('secret detail', 500))).toBeNull()
    expect(publicErrorResponse(new APIError('private', 400, null, false))).toBeNull()
    expect(publicErrorResponse(new Error('plain'))).toBeNull()
    expect(publicErrorResponse(null)).toBeNull()
  })

  it('answers 429 with its message', () => {
    expect(publicErrorResponse(new APIError('登录尝试过于频繁，请 15 分钟后再试。', 429, null, true))?.status).toBe(429)
  })
})
