import { describe, expect, it } from 'vitest'

import { checkTransition, type ReviewAction, type ReviewState, stateAfterEdit } from '../../core/workflow/workflow'

describe('checkTransition', () => {
  it.each<[ReviewAction | 'publish', ReviewState, string[], string | null, ReviewState | null]>([
    ['submit', 'draft', ['editor'], null, 'submitted'],
    ['submit', 'sent-back', ['editor'], null, 'submitted'],
    ['submit', 'withdrawn', ['editor'], null, 'submitted'],
    ['submit', 'submitted', ['editor'], null, null],
    ['submit', 'draft', ['reviewer'], null, null],
    ['approve', 'submitted', ['reviewer'], null, 'approved'],
    ['approve', 'draft', ['reviewer'], null, null],
    ['approve', 'submitted', ['editor'], null, null],
    ['approve', 'submitted', ['publisher'], null, null],
    ['send-back', 'submitted', ['reviewer'], '标题有误', 'sent-back'],
    ['send-back', 'approved', ['reviewer'], '附件缺失', 'sent-back'],
    ['send-back', 'submitted', ['reviewer'], '  ', null],
    ['publish', 'approved', ['publisher'], null, 'published'],
    ['publish', 'submitted', ['publisher'], null, null],
    ['publish', 'draft', ['admin'], null, null],
    ['publish', 'approved', ['editor', 'reviewer'], null, null],
    ['publish', 'approved', ['admin'], null, 'published'],
    ['withdraw', 'published', ['publisher'], '内容有误', 'withdrawn'],
    ['withdraw', 'published', ['publisher'], null, null],
    ['withdraw', 'approved', ['publisher'], '内容有误', null],
    ['withdraw', 'published', ['editor'], '内容有误', null],
  ])('%s from %s by %j (reason %s) → %s', (action, from, roles, reason, expected) => {
    const result = checkTransition(action, from, roles, reason)
    if (expected === null) {
      expect(result.ok).toBe(false)
      expect(!result.ok && /[\u4e00-\u9fff]/.test(result.message)).toBe(true)
    } else {
      expect(result).toEqual({ ok: true, to: expected })
    }
  })
})

describe('stateAfterEdit', () => {
  it.each<[ReviewState, ReviewState]>([
    ['draft', 'draft'],
    ['submitted', 'draft'],
    ['approved', 'draft'],
    ['published', 'draft'],
    ['sent-back', 'sent-back'],
    ['withdrawn', 'withdrawn'],
  ])('an edit in %s leaves %s', (state, expected) => {
    expect(stateAfterEdit(state)).toBe(expected)
  })
})
