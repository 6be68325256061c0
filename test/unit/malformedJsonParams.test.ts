import { describe, expect, it } from 'vitest'

import { malformedJsonParam, refusingMalformedJson } from '../../cms/api/malformedJsonParams'

describe('JSON query parameters', () => {
  it.each([
    ['/api/documents?where=abc', true],
    ['/api/documents?where={"title":', true],
    ['/api/documents?data=%7Bx', true],
    ['/api/documents?where=%7B%22title%22%3A%7B%22equals%22%3A%22a%22%7D%7D', false],
    ['/api/documents?where[title][equals]=abc', false],
    ['/api/documents?where=', false],
    ['/api/documents', false],
  ])('%s is refused: %s', (url, refused) => {
    const problem = malformedJsonParam(url)
    expect(problem !== null).toBe(refused)
    if (problem) expect(problem).toMatch(/查询无效/)
  })

  it('answers a malformed request with 400 before the handler runs', async () => {
    let called = false
    const handler = refusingMalformedJson(async () => {
      called = true
      return new Response('ok')
    })
    const refused = await handler(new Request('http://localhost/api/documents?where=abc'))
    expect(refused.status).toBe(400)
    expect(called).toBe(false)
    expect((await handler(new Request('http://localhost/api/documents'))).status).toBe(200)
  })
})
