import { describe, expect, it } from 'vitest'

import { safeHref } from '../../core/web/safeHref'

describe('safeHref', () => {
  it.each([
    ['https://www.gov.cn/zhengce/', 'https://www.gov.cn/zhengce/'],
    ['  http://example.gov.cn  ', 'http://example.gov.cn'],
    ['HTTPS://EXAMPLE.GOV.CN', 'HTTPS://EXAMPLE.GOV.CN'],
    ['mailto:gongbao@example.gov.cn', 'mailto:gongbao@example.gov.cn'],
    ['/documents/2022-yuncheng-zwgk-yaodian/', '/documents/2022-yuncheng-zwgk-yaodian/'],
  ])('keeps %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/path',
    '/\\evil.example',
    'documents/relative',
    '',
  ])('drops %s', (input) => {
    expect(safeHref(input)).toBeUndefined()
  })

  it('has nothing to check without a link', () => {
    expect(safeHref(undefined)).toBeUndefined()
  })
})
