/**
 * Search that finds the right document first, on the built sample gazette: a 简称, a title
 * without its issuer and wrapper, and a title typed in full are listed first as name matches;
 * full-text results say what they matched and mark the words; pages with a quoted phrase go
 * before those that only have its words apart.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { readSampleInterpretations } from '../../scripts/lib/samples'
import { launchBrowser } from './helpers/browser'
import { samples, sampleWithTitleContaining } from './samples'

const siteUrl = inject('siteUrl')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

type Shown = { url: string; label: string | null; reasons: string | null; marks: string[] }

/** The results in the order shown, with their match label, their 匹配 line and their marked words. */
async function searchFor(query: string): Promise<Shown[]> {
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction((wanted) => document.querySelector<HTMLElement>('ol.search-results')?.dataset.query === wanted, query)
  return page.$$eval('ol.search-results > li.search-result', (items) =>
    items.map((item) => ({
      url: new URL((item.querySelector('a') as HTMLAnchorElement).href).pathname,
      label: item.querySelector('.match-label')?.textContent ?? null,
      reasons: item.querySelector('.match-reasons')?.textContent ?? null,
      marks: [...item.querySelectorAll('.excerpt mark')].map((mark) => mark.textContent ?? ''),
    })),
  )
}

const withAlias = samples.find((sample) => sample.aliases?.some((alias) => alias.kind === 'short'))
const yuncheng = sampleWithTitleContaining('运城市')

describe('names before full text', () => {
  it('finds a document by its 简称, first, saying so', async () => {
    // The samples must hold a 简称 for this to mean anything.
    expect(withAlias).toBeDefined()
    const alias = withAlias?.aliases?.find((item) => item.kind === 'short')?.name as string
    // The short name is in neither the title nor the text as typed.
    expect(withAlias?.title).not.toContain(alias)
    expect(withAlias?.body).not.toContain(alias)
    const [first] = await searchFor(alias)
    expect(first).toEqual(expect.objectContaining({ url: `/documents/${withAlias?.slug}/`, label: `简称：${alias}` }))
  })

  it.each([
    ['without its issuer and wrapper', '运城市2022年政务公开工作要点'],
    ['in book-title marks', '《运城市2022年政务公开工作要点》'],
    ['in full', yuncheng.title],
  ])('finds a document by its title %s, first and once', async (_how, query) => {
    const shown = await searchFor(query)
    expect(shown[0]).toEqual(expect.objectContaining({ url: `/documents/${yuncheng.slug}/`, label: '标题一致' }))
    expect(shown.filter((result) => result.url === shown[0]?.url)).toHaveLength(1)
  })

  it('finds the newest of a yearly series by its name without place and year', async () => {
    const [first] = await searchFor('政务公开工作要点')
    expect(first).toEqual(expect.objectContaining({ url: `/documents/${yuncheng.slug}/`, label: '同名文件（最新在前）' }))
  })
})

describe('full-text results', () => {
  it('say what they matched and mark the words in the excerpt', async () => {
    const shown = await searchFor('锦州 政务公开')
    const jinzhou = sampleWithTitleContaining('锦州')
    expect(shown[0]?.url).toBe(`/documents/${jinzhou.slug}/`)
    expect(shown[0]?.label).toBeNull()
    expect(shown[0]?.reasons).toMatch(/^匹配：.*标题/)
    expect(shown[0]?.marks.length).toBeGreaterThan(0)
    for (const result of shown) expect(result.reasons).toMatch(/^匹配：/)
  })

  it('put the pages with the quoted phrase before those with its words apart', async () => {
    const phrase = '以公开促服务'
    const compact = (text: string) => text.replace(/\s/g, '')
    const holders = [
      ...samples.filter((sample) => compact(sample.body).includes(phrase)).map((sample) => `/documents/${sample.slug}/`),
      ...readSampleInterpretations()
        .filter((interpretation) => compact(interpretation.body).includes(phrase))
        .map((interpretation) => `/interpretations/${interpretation.slug}/`),
    ]
    expect(holders).toContain(`/documents/${yuncheng.slug}/`)
    const shown = await searchFor(`“${phrase}”`)
    expect(
      shown
        .slice(0, holders.length)
        .map((result) => result.url)
        .sort(),
    ).toEqual([...holders].sort())
  })
})
