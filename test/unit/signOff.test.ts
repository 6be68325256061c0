/** The 签发 as recorded and shown (domain/signOff.ts, domain/reviewHistory.ts). */
import { describe, expect, it } from 'vitest'

import { type HistoryEntry, signOffView } from '../../core/workflow/reviewHistory'
import { signatoryChange, signatoryText } from '../../core/documents/signOff'

describe('the 签发人 record', () => {
  it('reads as on the original', () => {
    expect(signatoryText({ name: ' 张三 ', post: '市长' })).toBe('张三（市长）')
    expect(signatoryText({ name: '张三', post: '' })).toBe('张三')
    expect(signatoryText({ name: '', post: '市长' })).toBeNull()
  })

  it('says what changed, and nothing when nothing did', () => {
    expect(signatoryChange({}, { name: '张三', post: '市长' })).toBe('签发人：张三（市长）')
    expect(signatoryChange({ name: '张三', post: '市长' }, { name: '张三', post: '市长' })).toBeNull()
    expect(signatoryChange({ name: '张三', post: '市长' }, { name: '张三', post: '副市长' })).toBe(
      '签发人：张三（副市长）（原登记为：张三（市长））',
    )
    expect(signatoryChange({ name: '张三' }, { name: null })).toBe('已清除签发人登记（原登记为：张三）')
  })
})

describe('the 签发 at a glance', () => {
  const entry = (action: string, fingerprint: string | null = null): HistoryEntry => ({
    action,
    at: '2026-01-01T00:00:00.000Z',
    by: action,
    reason: null,
    fingerprint,
  })

  it('names the approval that authorised the publication, and whether the publication carried it', () => {
    const view = signOffView([entry('sign-off'), entry('submit'), entry('approve', 'a'), entry('publish', 'a')], 'published')
    expect(view).toMatchObject({ approvalSuperseded: false, publishedAsApproved: true })
    expect(view.signatoryEntry?.action).toBe('sign-off')
    expect(signOffView([entry('approve', 'a'), entry('publish', 'b')], 'published').publishedAsApproved).toBe(false)
  })

  it('marks an approval that content changed after', () => {
    expect(signOffView([entry('submit'), entry('approve', 'a')], 'draft').approvalSuperseded).toBe(true)
    expect(signOffView([entry('submit'), entry('approve', 'a')], 'approved').approvalSuperseded).toBe(false)
    // Published, then a newer draft: the approval still authorised what is published.
    expect(signOffView([entry('approve', 'a'), entry('publish', 'a')], 'draft').approvalSuperseded).toBe(false)
    expect(signOffView([], 'draft')).toMatchObject({ approval: null, publication: null, publishedAsApproved: null })
  })
})
