/**
 * The independent expectation of a version comparison (test/e2e/versionCompare.test.ts):
 * which articles a comparison of two texts must mark, computed here from the texts article
 * by article rather than by the site's comparison code, and the check that a comparison
 * page marks exactly those, read from what a reader sees.
 */
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const ARTICLE = /^(第[零一二三四五六七八九十百千]+条)[\s\u3000]+(.*)$/u

/**
 * The texts' articles by label, each as the comparison must see it: width and spacing do not
 * count (the 2019 text prints (一) where the 2022 text prints （一）, and 第一章 总则 spaced
 * differently), so both are folded before they are compared.
 */
function articlesOf(markdown: string): Map<string, string> {
  const articles = new Map<string, string>()
  let current: string | null = null
  for (const line of markdown.split('\n')) {
    if (line.trim() === '') continue
    if (line.startsWith('#')) {
      current = null
      continue
    }
    const opening = ARTICLE.exec(line)
    if (opening) {
      current = opening[1] as string
      articles.set(current, opening[2] as string)
    } else if (current !== null) {
      articles.set(current, `${articles.get(current) ?? ''}\n${line}`)
    }
  }
  for (const [label, text] of articles) articles.set(label, text.normalize('NFKC').replace(/\s+/gu, ''))
  return articles
}

/**
 * What a comparison of `before` with `after` must mark, by label: the articles of the new text
 * found nowhere in the old one (changed or added) and those of the old text found nowhere in
 * the new one (changed or deleted). An article kept word for word under another number is
 * neither: it is only renumbered.
 */
export function expectedChanges(before: string, after: string): { inNew: string[]; inOld: string[] } {
  const old = articlesOf(before)
  const now = articlesOf(after)
  const oldTexts = new Set(old.values())
  const newTexts = new Set(now.values())
  return {
    inNew: [...now].filter(([, text]) => !oldTexts.has(text)).map(([label]) => label),
    inOld: [...old].filter(([, text]) => !newTexts.has(text)).map(([label]) => label),
  }
}

type ShownUnit = { status: string; before: string | null; after: string | null }

/** The units the page marks, read from what a reader sees: 〔修改〕第十一条, 〔序号调整〕第三十二条 → 第三十三条. */
async function shownUnits(page: Page): Promise<ShownUnit[]> {
  return page.locator('.change-list > li').evaluateAll((items) =>
    items.map((item) => {
      const status = /change-(\w+)/.exec(item.className)?.[1] ?? ''
      const heading = item.querySelector('.change-heading')
      const label = (heading?.textContent ?? '').replace(heading?.querySelector('.change-status')?.textContent ?? '', '').trim()
      const [first, second] = label.split('→').map((part) => part.trim())
      const before = status === 'added' ? null : (first ?? null)
      const after = status === 'deleted' ? null : (second ?? first ?? null)
      return { status, before, after }
    }),
  )
}

export async function expectExactlyTheChangedArticles(page: Page, before: string, after: string): Promise<void> {
  const expected = expectedChanges(before, after)
  const units = await shownUnits(page)
  const marked = (statuses: string[], side: 'before' | 'after') =>
    units
      .filter((unit) => statuses.includes(unit.status))
      .map((unit) => unit[side])
      .sort()
  expect(marked(['changed', 'added'], 'after')).toEqual([...expected.inNew].sort())
  expect(marked(['changed', 'deleted'], 'before')).toEqual([...expected.inOld].sort())
  // What is only renumbered is the very text of the old article under its new number.
  const old = articlesOf(before)
  const now = articlesOf(after)
  for (const unit of units.filter((u) => u.status === 'renumbered')) {
    expect(old.get(unit.before ?? ''), `${unit.before} → ${unit.after}`).toBe(now.get(unit.after ?? ''))
  }
}
