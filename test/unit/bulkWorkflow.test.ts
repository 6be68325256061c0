/** The rules of a bulk request, before any item is touched (domain/bulkWorkflow.ts). */
import { describe, expect, it } from 'vitest'

import { bulkActions, mayTakeBulkAction, readBulkRequest } from '../../core/workflow/bulkWorkflow'
import { messages } from '../../core/messages'

describe('who may take a bulk step', () => {
  it('follows the workflow roles', () => {
    const may = (roles: string[]) => bulkActions.filter((action) => mayTakeBulkAction(action, roles))
    expect(may(['editor'])).toEqual(['submit'])
    expect(may(['reviewer'])).toEqual(['approve', 'send-back'])
    expect(may(['publisher'])).toEqual(['publish', 'withdraw'])
    expect(may(['admin'])).toEqual([...bulkActions])
    expect(may([])).toEqual([])
  })
})

describe('reading a bulk request', () => {
  it('accepts a well-formed request, without duplicates', () => {
    expect(readBulkRequest({ action: 'submit', ids: [3, '3', 4] }, ['editor'], 'number')).toEqual({
      ok: true,
      request: { action: 'submit', ids: ['3', '4'], reason: null },
    })
  })

  it("refuses a step the roles do not allow with the workflow's own words", () => {
    expect(readBulkRequest({ action: 'publish', ids: [1] }, ['editor'], 'number')).toEqual({
      ok: false,
      status: 403,
      message: '您没有“发布”的权限（需要发布员或管理员角色）。',
    })
  })

  it('needs a reason where a single step does, and drops a note at publication', () => {
    expect(readBulkRequest({ action: 'withdraw', ids: [1], reason: '  ' }, ['publisher'], 'number')).toMatchObject({
      ok: false,
      message: '撤回（从公报网站下线）时必须填写理由。',
    })
    expect(readBulkRequest({ action: 'publish', ids: [1], reason: '备注' }, ['publisher'], 'number')).toMatchObject({
      ok: true,
      request: { reason: null },
    })
  })

  it('refuses unknown steps, empty, oversized and malformed requests', () => {
    expect(readBulkRequest({ action: 'delete', ids: [1] }, ['admin'], 'number')).toMatchObject({
      status: 400,
      message: messages.bulk.unknownAction,
    })
    expect(readBulkRequest(null, ['admin'], 'number')).toMatchObject({ status: 400 })
    expect(readBulkRequest({ action: 'submit', ids: [] }, ['admin'], 'number')).toMatchObject({ message: messages.bulk.noItems })
    expect(readBulkRequest({ action: 'submit', ids: Array.from({ length: 101 }, (_, i) => i + 1) }, ['admin'], 'number')).toMatchObject({
      message: messages.bulk.tooMany(100),
    })
    expect(readBulkRequest({ action: 'submit', ids: ['1 or 1=1'] }, ['admin'], 'number')).toMatchObject({ status: 400 })
    expect(readBulkRequest({ action: 'approve', ids: [1], reason: '字'.repeat(2001) }, ['admin'], 'number')).toMatchObject({ status: 400 })
  })
})
