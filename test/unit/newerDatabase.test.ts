/**
 * Which migration makes a database newer than the code: the first one it lists that the
 * code does not have. Payload's marker for a pushed development schema is not one.
 */
import { describe, expect, it } from 'vitest'

import { NewerDatabaseError, unknownMigration } from '../../cms/newerDatabase'

const known = ['20261125_172051_initial', '20261125_173935_unified_number', '20261205_104322_bulk_workflow_signatory']

describe('unknownMigration', () => {
  it.each([
    { case: 'a fresh database', applied: [], expected: undefined },
    { case: 'an older database', applied: known.slice(0, 2), expected: undefined },
    { case: 'a database of this release', applied: known, expected: undefined },
    { case: 'a pushed development schema', applied: ['dev'], expected: undefined },
    { case: 'a newer database', applied: [...known, '20270101_000000_later'], expected: '20270101_000000_later' },
    {
      case: 'two newer migrations: the earliest',
      applied: ['20270202_000000_b', ...known, '20270101_000000_a'],
      expected: '20270101_000000_a',
    },
  ])('$case', ({ applied, expected }) => {
    expect(unknownMigration(applied, known)).toBe(expected)
  })
})

describe('NewerDatabaseError', () => {
  it('names the migration and says what to do, in Chinese', () => {
    expect(new NewerDatabaseError('20270101_000000_later').message).toBe(
      '数据库由较新版本的 gongbao 创建（迁移 20270101_000000_later 不在本版本中），请升级代码后再启动；不要用旧版本打开新数据库。',
    )
  })
})
