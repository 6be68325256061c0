import { describe, expect, it } from 'vitest'

import { defaultPartSize, indexParts, PAGES_IN_MEMORY, partPath } from '../../site/integrations/pagefind/indexParts'

const pages = (year: string, count: number) => Array.from({ length: count }, (_, index) => ({ file: `${year}/${index}.html`, year }))

describe('search index parts', () => {
  it('keeps a small gazette in one index', () => {
    expect(indexParts([...pages('2021', 3), ...pages('2022', 2)], 2500)).toHaveLength(1)
  })

  it('groups whole years, newest first, up to the part size', () => {
    const split = indexParts([...pages('2019', 2), ...pages('2020', 3), ...pages('2021', 1), ...pages('2022', 2)], 4)
    expect(split.map((part) => [...new Set(part.map((page) => page.year))])).toEqual([['2022', '2021'], ['2020'], ['2019']])
  })

  it('never splits a year, even one larger than a part', () => {
    const split = indexParts([...pages('2020', 7), ...pages('2021', 1)], 3)
    expect(split.map((part) => part.length)).toEqual([1, 7])
  })

  it('puts every page in exactly one part', () => {
    const all = [...pages('2018', 5), ...pages('2019', 4), ...pages('0000', 1)]
    expect(
      indexParts(all, 3)
        .flat()
        .map((page) => page.file)
        .sort(),
    ).toEqual(all.map((page) => page.file).sort())
  })

  it.each([1, 2, 3, 4])('shares the pages Pagefind holds at once between %i parts built side by side', (concurrency) => {
    expect(defaultPartSize(concurrency) * concurrency).toBeLessThanOrEqual(PAGES_IN_MEMORY)
    expect((defaultPartSize(concurrency) + 1) * concurrency).toBeGreaterThan(PAGES_IN_MEMORY)
  })

  it('serves the first part where Pagefind is expected', () => {
    expect([0, 1, 2].map(partPath)).toEqual(['pagefind', 'pagefind-parts/1', 'pagefind-parts/2'])
  })
})
