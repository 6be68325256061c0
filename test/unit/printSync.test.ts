import { describe, expect, it } from 'vitest'

import { uncoveredPages } from '../../cms/print/uncoveredPages'

import { syncReport } from '../../cms/print/checkPrintSync'
import { syncProblems } from '../../cms/print/syncProblems'
import { verifyPrint } from '../../cms/print/verifyPrint'

// A small issue as page texts: cover, contents, then three documents.
const pages = [
  '运城市人民政府公报\n2022年\n第6期（总第123期）',
  '目 录\n市政府文件\n关于甲的通知 3\n关于乙的\n通知 5\n部门文件\n关于丙的通知 6',
  '运城市⼈⺠政府公报 2022年第6期\n— 3 —\n关于甲的通知\n正文',
  '— 4 —\n正文继续',
  '— 5 —\n关于乙的\n通知（运政办发［2022］18号）\n正文',
  '— 6 —\n关于丙的通知\n正文',
]

const real = [
  { id: 'a', title: '关于甲的通知', firstPage: 3, lastPage: 4 },
  { id: 'b', title: '关于乙的通知', firstPage: 5, lastPage: 5 },
  { id: 'c', title: '关于丙的通知', firstPage: 6, lastPage: 6 },
]

describe('print sync check', () => {
  it('accepts the real page ranges', () => {
    expect(syncReport(pages, real)).toEqual({ ok: true, pages: 6, problems: [] })
  })

  it('reports a title that is not on its stated first page, and where it is instead', () => {
    const shifted = real.map((entry) => (entry.id === 'a' ? { ...entry, firstPage: 4, lastPage: 5 } : entry))
    const report = syncReport(pages, shifted)
    expect(report.ok).toBe(false)
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]).toMatchObject({ kind: 'moved', foundOn: [3] })
    expect(report.problems[0]?.message).toBe('《关于甲的通知》标注在第4—5页，但第4页上没有该标题；标题实际出现在第3页。请核对起止页码。')
  })

  it('reports stated pages beyond the end of the PDF', () => {
    const stated = real.map((entry) => (entry.id === 'c' ? { ...entry, firstPage: 8, lastPage: 9 } : entry))
    const [problem] = syncProblems(pages, stated)
    expect(problem).toMatchObject({ kind: 'bad-range', pages: 6, foundOn: [6] })
    expect(syncReport(pages, stated).problems[0]?.message).toBe(
      '《关于丙的通知》标注的页码第8—9页不在本PDF的页码范围内（共6页）；标题实际出现在第6页。请按PDF实际页码更正。',
    )
  })

  it('reports a title found only in the contents, and one found nowhere', () => {
    const withoutBody = pages.slice(0, 5)
    const report = syncReport(withoutBody, [
      ...real.slice(0, 2),
      { id: 'c', title: '关于丙的通知', firstPage: 5, lastPage: 5 },
      { id: 'd', title: '关于丁的通知', firstPage: 5, lastPage: 5 },
    ])
    expect(report.problems.map((problem) => problem.kind)).toEqual(['contents-only', 'missing'])
    expect(report.problems[0]?.message).toContain('只在目录（第2页）中出现')
    expect(report.problems[1]?.message).toBe('《关于丁的通知》在PDF中找不到，可能漏印或标题与印刷版不一致。')
  })

  it('matches titles across line breaks, full-width forms and radical look-alikes', () => {
    const uploaded = ['目录', '关于印发运城市⼈⺠政府\n工作规则（试行）的通知\n正文']
    expect(syncReport(uploaded, [{ id: 'x', title: '关于印发运城市人民政府工作规则(试行)的通知', firstPage: 2, lastPage: 2 }]).ok).toBe(
      true,
    )
  })
})

describe('verifyPrint', () => {
  const contents = real.map((entry, index) => ({
    id: entry.id,
    anchor: `gb-entry-${index + 1}`,
    title: entry.title,
    docNumber: null,
    page: entry.firstPage,
  }))

  it('accepts a PDF whose contents print the real pages', () => {
    expect(verifyPrint({ pageTexts: pages }, contents, real)).toEqual([])
  })

  it('reports a contents number that differs from where the entry starts', () => {
    const wrongContents = pages.map((text, index) => (index === 1 ? text.replace('关于丙的通知 6', '关于丙的通知 7') : text))
    expect(verifyPrint({ pageTexts: wrongContents }, contents, real)).toEqual(['目录中《关于丙的通知》的页码为7，实际起始页为第6页。'])
  })

  it('does not mistake a body page that quotes other titles for a contents page', () => {
    const quoting = pages.map((text, index) => (index === 4 ? `${text}\n关于甲的通知\n关于丙的通知` : text))
    expect(verifyPrint({ pageTexts: quoting }, contents, real)).toEqual([])
  })
})

describe('pages of an uploaded PDF outside every entry', () => {
  const text = (words: string) => `${words}。`.repeat(8)
  const pages = ['公报 封面', `目录 ${text('目录条目')}`, text('第一篇正文'), text('第一篇续'), '', text('未列入的文件'), '  12  ']

  it('finds a page with text that no range covers, past the front matter', () => {
    expect(uncoveredPages(pages, [{ firstPage: 3, lastPage: 4 }])).toEqual([6])
  })

  it('lets blank pages and pages with only a number through', () => {
    expect(
      uncoveredPages(pages, [
        { firstPage: 3, lastPage: 4 },
        { firstPage: 6, lastPage: 6 },
      ]),
    ).toEqual([])
  })

  it('has nothing to say without ranges', () => {
    expect(uncoveredPages(pages, [])).toEqual([])
  })
})
