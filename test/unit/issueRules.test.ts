import { describe, expect, it } from 'vitest'

import { builtInDocumentKinds } from '../../core/documents/documentKinds'
import { correctionMessage, correctionProblems } from '../../core/issues/issueCorrections'
import { entryMessage, entryProblems, lateEntries, lateEntryMessage, type IssueEntry } from '../../core/issues/issueEntries'
import { issueCitation, issueLabelWithTotal, type IssueKey } from '../../core/issues/issueLabel'
import { issueNumberMessage, issueNumberProblems } from '../../core/issues/issueNumbering'

const issue = (year: number, issueNumber: number, totalNumber: number): IssueKey => ({ year, issueNumber, totalNumber })

describe('issue numbers and running totals', () => {
  // A gazette that joined mid-2021 at 第5期 (总第100期).
  const existing = [issue(2021, 5, 100), issue(2021, 6, 101), issue(2022, 1, 102), issue(2022, 2, 103)]

  const cases: Array<[string, IssueKey, string[]]> = [
    ['the next issue of the year', issue(2022, 3, 104), []],
    ["an issue of the earliest year taking a later year's total", issue(2021, 7, 102), ['duplicate-total']],
    ['a duplicate issue number', issue(2022, 2, 104), ['duplicate-number']],
    ['a duplicate running total', issue(2022, 3, 103), ['duplicate-total']],
    ['a gap in the year', issue(2022, 4, 104), ['number-gap']],
    ['a gap in the totals', issue(2022, 3, 106), ['total-gap']],
    ['a later year must start at 1', issue(2023, 2, 104), ['number-gap']],
    ['a new year at 1', issue(2023, 1, 104), []],
    ['totals out of order with the issues', issue(2021, 4, 104), ['total-order']],
  ]
  it.each(cases)('%s', (_, candidate, kinds) => {
    expect(issueNumberProblems(candidate, existing).map((problem) => problem.kind)).toEqual(kinds)
  })

  it('names what is missing in Chinese', () => {
    const [gap] = issueNumberProblems(issue(2022, 5, 104), existing)
    expect(gap && issueNumberMessage(gap)).toBe('期号不连续：2022年第3、第4期尚未建立，请先建立前面的各期。')
    const [duplicate] = issueNumberProblems(issue(2022, 2, 104), existing)
    expect(duplicate && issueNumberMessage(duplicate)).toBe('期号重复：2022年第2期已存在。')
  })

  it('lets the very first issue take any numbers', () => {
    expect(issueNumberProblems(issue(2019, 8, 57), [])).toEqual([])
  })

  it('allows filling an old gap', () => {
    expect(issueNumberProblems(issue(2022, 2, 103), [issue(2022, 1, 102), issue(2022, 3, 104)])).toEqual([])
  })
})

describe('issue entries', () => {
  const entry = (key: string, firstPage: number | null, lastPage: number | null): IssueEntry => ({
    key,
    title: `文件${key}`,
    firstPage,
    lastPage,
  })

  const cases: Array<[string, IssueEntry[], boolean, string[]]> = [
    ['increasing ranges', [entry('a', 1, 4), entry('b', 5, 9), entry('c', 10, 10)], true, []],
    ['two entries sharing a page', [entry('a', 1, 4), entry('b', 4, 6)], true, []],
    ['overlapping ranges', [entry('a', 1, 6), entry('b', 5, 9)], true, ['overlap']],
    ['ranges out of order', [entry('a', 8, 9), entry('b', 1, 3)], true, ['overlap']],
    ['an inverted range', [entry('a', 5, 3)], true, ['bad-range']],
    ['page 0', [entry('a', 0, 3)], true, ['bad-range']],
    ['pages left out where print is generated', [entry('a', null, null), entry('b', null, null)], false, []],
    ['pages left out for an uploaded PDF', [entry('a', null, null)], true, ['missing-pages']],
    ['only the first page given', [entry('a', 3, null)], false, ['missing-pages']],
    ['the same document twice', [entry('a', 1, 2), entry('a', 3, 4)], true, ['repeated']],
  ]
  it.each(cases)('%s', (_, entries, pagesRequired, kinds) => {
    expect(entryProblems(entries, new Map(), pagesRequired).map((problem) => problem.kind)).toEqual(kinds)
  })

  it('refuses an entry already printed in another issue, naming it', () => {
    const problems = entryProblems([entry('a', 1, 2)], new Map([['a', issue(2022, 3, 104)]]), true)
    expect(problems.map((problem) => entryMessage(problem))).toEqual(['《文件a》已编入2022年第3期，一篇文件只能刊登在一期公报上。'])
  })

  it('flags rules and normative documents printed after they took effect', () => {
    const items = [
      { title: '规章', kind: 'rule', effectiveDate: '2022-07-01' },
      { title: '规范性文件', kind: 'normative-government', effectiveDate: '2022-07-20' },
      { title: '当天施行', kind: 'normative-department', effectiveDate: '2022-07-15' },
      { title: '其他文件', kind: 'other', effectiveDate: '2022-07-01' },
      { title: '未定施行日期', kind: 'rule', effectiveDate: null },
    ]
    const late = lateEntries('2022-07-15', items, builtInDocumentKinds)
    expect(late.map((item) => item.title)).toEqual(['规章'])
    expect(lateEntryMessage(late[0]!, '2022-07-15')).toContain('应在施行前刊登')
  })
})

describe('corrections after publication', () => {
  const published = { fingerprint: 'v1', corrections: [{ date: '2022-07-20', text: '第3页第2行“市场”更正为“市场监管”。' }] }

  it('accepts a republication with the same contents', () => {
    expect(correctionProblems(published, { ...published })).toEqual([])
  })

  it('refuses changed contents without a new correction', () => {
    const problems = correctionProblems(published, { fingerprint: 'v2', corrections: published.corrections })
    expect(problems.map(correctionMessage)).toEqual([expect.stringContaining('只能通过勘误修改')])
  })

  it('accepts changed contents with a new correction', () => {
    const corrections = [...published.corrections, { date: '2022-08-01', text: '补正第7页页码。' }]
    expect(correctionProblems(published, { fingerprint: 'v2', corrections })).toEqual([])
  })

  it('refuses editing or removing a recorded correction', () => {
    expect(correctionProblems(published, { fingerprint: 'v1', corrections: [] }).map((p) => p.kind)).toEqual(['correction-altered'])
    const rewritten = [
      { date: '2022-07-20', text: '另一种说法' },
      { date: '2022-08-01', text: '新增' },
    ]
    expect(correctionProblems(published, { fingerprint: 'v2', corrections: rewritten }).map((p) => p.kind)).toEqual(['correction-altered'])
  })

  it('has nothing to check before the first publication', () => {
    expect(correctionProblems(null, { fingerprint: 'v1', corrections: [] })).toEqual([])
  })
})

describe('citations', () => {
  it('reads as readers cite the gazette', () => {
    expect(issueCitation('运城市人民政府公报', issue(2022, 6, 123), 12, 12)).toBe('《运城市人民政府公报》2022年第6期 第12页')
    expect(issueCitation('运城市人民政府公报', issue(2022, 6, 123), 12, 15)).toBe('《运城市人民政府公报》2022年第6期 第12–15页')
    expect(issueLabelWithTotal(issue(2022, 6, 123))).toBe('2022年第6期（总第123期）')
  })
})
