/**
 * The comparison on a real 修正: 《互联网上网服务营业场所管理条例》 before and after the State
 * Council's decision of 29 March 2022 (国务院令第752号), in force from 1 May 2022
 * (test/fixtures/history/README.md). What the comparison finds must be exactly what the
 * decision itself says it changes, read from the decision's own text: the article it amends,
 * the article it adds, the renumbering that follows, and inside the amended article the very
 * words it quotes as replaced and replacing.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { chineseNumeral, parseChineseNumeral } from '../../../core/history/chineseNumerals'
import { compareTexts } from '../../../core/history/compareTexts'
import { foldText } from '../../../core/history/chineseWords'
import { textOnDate } from '../../../core/history/textOnDate'
import { textStructure, type ArticleUnit } from '../../../core/history/textStructure'
import { changesByVersion } from '../../../core/history/versionChanges'
import type { VersionHistory } from '../../../core/history/versionHistory'
import { fixtureBody, historyFixtures } from './bodies'

type Side = { body: string; promulgatedDate: string; effectiveDate: string; amendedBy?: string }
const meta = JSON.parse(fs.readFileSync(path.join(historyFixtures, 'wangba.json'), 'utf8')) as {
  title: string
  before: Side
  after: Side
  decision: string
}
const before = fixtureBody(meta.before.body)
const after = fixtureBody(meta.after.body)
const decision = fs.readFileSync(path.join(historyFixtures, meta.decision), 'utf8')

/** The decision's item on this regulation, as it words it. */
const item = decision.slice(decision.indexOf(`将《${meta.title}》`), decision.indexOf('此外'))
const amendedArticle = new RegExp(`将《${meta.title}》(第[^条]+条)`).exec(item)?.[1] as string
const addedArticle = /增加一条，作为(第[^条]+条)/.exec(item)?.[1] as string
/** “…”修改为“…”: the words replaced and the words replacing them. */
const replacements = [...item.matchAll(/“([^”]+)”修改为“([^”]+)”/g)].map((m) => ({ from: m[1] as string, to: m[2] as string }))
/** 增加一款…:“…”: a paragraph added to the amended article. */
const addedParagraphs = [...item.matchAll(/增加一款，作为第[^款]+款[:：]“([^”]+)”/g)].map((m) => m[1] as string)

const article = (blocks: typeof before, label: string): ArticleUnit =>
  textStructure(blocks).units.find((unit): unit is ArticleUnit => unit.kind === 'article' && unit.label === label) as ArticleUnit

describe('the decision, read as data', () => {
  it('amends 第十一条 (two replacements and an added 款) and adds 第三十二条', () => {
    expect(amendedArticle).toBe('第十一条')
    expect(addedArticle).toBe('第三十二条')
    expect(replacements).toHaveLength(2)
    expect(addedParagraphs).toHaveLength(1)
    expect(decision).toContain('本决定自2022年5月1日起施行。')
    expect(decision).toContain('对相关行政法规中的条文序号作相应调整')
  })

  it('quotes words that stand in the texts: the replaced ones in the old, the new ones in the new', () => {
    for (const { from, to } of replacements) {
      expect(article(before, amendedArticle).text).toContain(from)
      expect(article(after, amendedArticle).text).toContain(to)
    }
    for (const paragraph of addedParagraphs) expect(article(after, amendedArticle).paragraphs.at(-1)?.text).toBe(paragraph)
  })
})

describe('the comparison of the two real texts marks exactly what the decision changed', () => {
  const comparison = compareTexts(before, after)
  // 增加一条，作为第三十二条 and 条文序号作相应调整: every article from the 32nd on moves up by one.
  const inserted = parseChineseNumeral(addedArticle.slice(1, -1)) as number
  const oldCount = textStructure(before).units.filter((unit) => unit.kind === 'article').length
  const moves = Array.from({ length: oldCount - inserted + 1 }, (_, i) => ({
    from: `第${chineseNumeral(inserted + i)}条`,
    to: `第${chineseNumeral(inserted + i + 1)}条`,
  }))

  it('reads both texts as articles: 37 before, 38 after', () => {
    expect(textStructure(before).shape).toBe('articles')
    expect(oldCount).toBe(37)
    expect(textStructure(after).units.filter((unit) => unit.kind === 'article')).toHaveLength(38)
  })

  it('changed: the amended article; added: the new one; renumbered: those after it; nothing deleted', () => {
    expect(comparison.summary).toEqual({ changed: [amendedArticle], added: [addedArticle], deleted: [], renumbered: moves })
  })

  it('leaves every other article unchanged, though the old text prints (一) where the new prints （一）', () => {
    const counts = Object.fromEntries(
      ['unchanged', 'changed', 'added', 'deleted', 'renumbered'].map((s) => [s, comparison.units.filter((u) => u.status === s).length]),
    )
    expect(counts).toEqual({ unchanged: 30, changed: 1, added: 1, deleted: 0, renumbered: 6 })
    expect(comparison.units.map((u) => u.after?.label)).toEqual(textStructure(after).units.map((u) => u.label))
  })

  it('shows inside 第十一条 only words the decision replaced or added', () => {
    const changed = comparison.units.find((u) => u.status === 'changed')
    const words = changed?.words ?? []
    const removed = words.filter((w) => w.change === 'removed').map((w) => foldText(w.text))
    const added = words.filter((w) => w.change === 'added').map((w) => foldText(w.text))
    expect(removed.length).toBeGreaterThan(0)
    for (const run of removed)
      expect(
        replacements.some((r) => foldText(r.from).includes(run)),
        run,
      ).toBe(true)
    for (const run of added) {
      expect(
        [...replacements.map((r) => r.to), ...addedParagraphs].some((text) => foldText(text).includes(run)),
        run,
      ).toBe(true)
    }
    // Kept words are shown as the new text writes them, line breaks included: compared folded.
    expect(
      foldText(
        words
          .filter((w) => w.change !== 'added')
          .map((w) => w.text)
          .join(''),
      ),
    ).toBe(foldText(changed?.before?.text ?? ''))
    expect(
      words
        .filter((w) => w.change !== 'removed')
        .map((w) => w.text)
        .join(''),
    ).toBe(changed?.after?.text)
  })

  it('keeps each article’s chapter as context (第四章 罚 则 for the added one)', () => {
    expect(comparison.units.find((u) => u.status === 'added')?.after?.context).toEqual(['第四章 罚 则'])
  })
})

describe('the two texts as a history', () => {
  const history: VersionHistory = {
    documentId: 'hulianwang-shangwang-fuwu-yingye-changsuo-guanli-tiaoli',
    // Only the last two texts are held here: the one in force before the decision stands first.
    versions: [
      {
        kind: 'original',
        title: meta.title,
        body: before,
        promulgatedDate: meta.before.promulgatedDate,
        effectiveDate: meta.before.effectiveDate,
        amendedBy: null,
      },
      {
        kind: 'amendment',
        title: meta.title,
        body: after,
        promulgatedDate: meta.after.promulgatedDate,
        effectiveDate: meta.after.effectiveDate,
        amendedBy: { type: 'citation', text: meta.after.amendedBy as string },
      },
    ],
    end: { repealedOn: null, expiresOn: null },
  }

  it('serves the old text until 30 April 2022 and the new one from 1 May 2022, though it was made public on 29 March', () => {
    for (const [date, number] of [
      ['2022-03-29', 1],
      ['2022-04-30', 1],
      ['2022-05-01', 2],
    ] as const) {
      expect(textOnDate(history, date).on).toMatchObject({ state: 'in-force', version: { number } })
    }
    expect(textOnDate(history, '2022-04-30').on).toMatchObject({
      until: '2022-04-30',
      upcoming: { number: 2, effectiveDate: '2022-05-01' },
    })
  })

  it('derives the amendment’s list of changed articles from the texts', () => {
    expect(changesByVersion(history)[0]?.changes.changed).toEqual(['第十一条'])
    expect(changesByVersion(history)[0]?.changes.added).toEqual(['第三十二条'])
  })
})
