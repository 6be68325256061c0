import { describe, expect, it } from 'vitest'

import type { BuildState } from '../../site/integrations/incremental/buildState'
import { planRender } from '../../site/integrations/incremental/renderPlan'

const state = (global: string, pages: Record<string, string>): BuildState => ({
  version: 1,
  global,
  pages,
  search: { parts: [], changed: [] },
})
const current = (global: string, pages: Record<string, string>) => ({ global, pages: new Map(Object.entries(pages)) })

describe('planRender', () => {
  it('builds everything without a previous build or its state', () => {
    expect(planRender(null, current('g', { '/documents/a/': '1' }))).toMatchObject({ mode: 'full', reason: '没有上一次构建' })
    expect(planRender({ dir: '/b', state: null }, current('g', {}))).toMatchObject({ mode: 'full' })
  })

  it('builds everything when the code or the gazette settings changed', () => {
    const plan = planRender({ dir: '/b', state: state('old', { '/documents/a/': '1' }) }, current('new', { '/documents/a/': '1' }))
    expect(plan).toMatchObject({ mode: 'full', reason: '网站代码、公报设置或网址已改变' })
  })

  it('renders changed and new pages, keeps the same ones, and names the ones gone', () => {
    const plan = planRender(
      { dir: '/b', state: state('g', { '/documents/a/': '1', '/documents/b/': '2', '/documents/c/': '3' }) },
      current('g', { '/documents/a/': '1', '/documents/b/': '2*', '/documents/d/': '4' }),
    )
    if (plan.mode !== 'incremental') throw new Error(`expected an incremental plan, got ${plan.reason}`)
    expect([...plan.render].sort()).toEqual(['/documents/b/', '/documents/d/'])
    expect(plan.keep).toEqual(['/documents/a/'])
    expect(plan.removed).toEqual(['/documents/c/'])
    expect(plan.previousDir).toBe('/b')
  })

  it('builds everything when an interpretation left, so that none of its figures is carried over', () => {
    const plan = planRender(
      { dir: '/b', state: state('g', { '/documents/a/': '1', '/interpretations/j/': '2' }) },
      current('g', { '/documents/a/': '1' }),
    )
    expect(plan).toMatchObject({ mode: 'full', reason: '有政策解读已撤下，其图片不能沿用' })
  })
})
