import { describe, expect, it } from 'vitest'

import { formatChineseDate } from '../../core/display/chineseDate'
import { entryRanges } from '../../cms/print/entryRanges'
import { printIssueSchema, type PrintEntry, type PrintIssueInput } from '../../cms/print/issueSchema'
import { issueNumberLine, runningHead } from '../../cms/print/issueLabels'
import { pageLayout } from '../../cms/print/pageLayout'
import { parsePageSize } from '../../cms/print/pageSize'
import { renderBlocks } from '../../cms/print/renderBlocks'
import { renderIssueHtml } from '../../cms/print/renderIssueHtml'
import { buildContents, contentsEntries, contentsLabel } from '../../cms/print/tableOfContents'
import type { Block } from '../../core/snapshot/schema'
import { issueLabel } from '../../core/issues/issueLabel'

const run = (text: string) => ({ text, bold: false, italic: false, underline: false })

function entry(id: string, title: string, docNumber: string | null = null, body: Block[] = []): PrintEntry {
  return { id, title, docNumber, issuers: ['运城市人民政府办公室'], writtenDate: '2022-06-30', body, kind: 'document' }
}

const issueInput: PrintIssueInput = {
  gazetteName: '运城市人民政府公报',
  year: 2022,
  issueNumber: 6,
  totalNumber: 123,
  publicationDate: '2022-07-15',
  sections: [
    { title: '市政府文件', entries: [entry('a', '关于甲的通知', '运政发〔2022〕1号'), entry('b', '关于乙的通知')] },
    { title: '部门文件', entries: [entry('c', '关于丙的通知')] },
  ],
}

describe('parsePageSize', () => {
  it.each([
    ['A4', { css: '210mm 297mm', widthMm: 210, heightMm: 297 }],
    ['a5', { css: '148mm 210mm', widthMm: 148, heightMm: 210 }],
    ['A4 landscape', { css: '297mm 210mm', widthMm: 297, heightMm: 210 }],
    ['16K', { css: '185mm 260mm', widthMm: 185, heightMm: 260 }],
    ['185mm 260mm', { css: '185mm 260mm', widthMm: 185, heightMm: 260 }],
    ['8.5in 11in', { css: '215.9mm 279.4mm', widthMm: 215.9, heightMm: 279.4 }],
  ])('accepts %s', (value, expected) => {
    expect(parsePageSize(value)).toEqual(expected)
  })

  it.each(['A4; } body { display:none', 'A4 sideways', '10mm 10mm', 'huge', '', 'A4 portrait extra'])('refuses %j', (value) => {
    expect(parsePageSize(value)).toBeNull()
  })
})

describe('pageLayout', () => {
  it('is GB/T 9704 on A4: 37/26/35/28 mm margins, 3号 type, 22 lines', () => {
    const layout = pageLayout(parsePageSize('A4')!)
    expect(layout.marginsMm).toEqual({ top: 37, right: 26, bottom: 35, left: 28 })
    expect(layout.bodyPt).toBe(16)
    expect(layout.linePt).toBe(29)
  })

  it('scales down for a narrower page but never below 5号', () => {
    expect(pageLayout(parsePageSize('A5')!).bodyPt).toBeCloseTo(11.28, 2)
    expect(pageLayout(parsePageSize('110mm 160mm')!).bodyPt).toBe(10.5)
  })
})

describe('issue labels and dates', () => {
  it('names the issue as the cover, running head and citations do', () => {
    const issue = printIssueSchema.parse(issueInput)
    expect(issueLabel(issue)).toBe('2022年第6期')
    expect(issueNumberLine(issue)).toBe('第6期（总第123期）')
    expect(runningHead(issue)).toBe('运城市人民政府公报　2022年第6期')
    expect(formatChineseDate('2022-07-05')).toBe('2022年7月5日')
    expect(() => formatChineseDate('2022/7/5')).toThrow(RangeError)
  })
})

describe('printIssueSchema', () => {
  it('defaults the page size to A4', () => {
    expect(printIssueSchema.parse(issueInput).pageSize).toBe('A4')
  })

  it('refuses duplicate entry ids, empty sections and unknown page sizes', () => {
    const duplicate = { ...issueInput, sections: [{ title: '市政府文件', entries: [entry('a', '甲'), entry('a', '乙')] }] }
    expect(printIssueSchema.safeParse(duplicate).success).toBe(false)
    expect(printIssueSchema.safeParse({ ...issueInput, sections: [{ title: '空栏目', entries: [] }] }).success).toBe(false)
    expect(printIssueSchema.safeParse({ ...issueInput, pageSize: 'A4}' }).success).toBe(false)
    expect(printIssueSchema.safeParse({ ...issueInput, publicationDate: '2022-02-30' }).success).toBe(false)
  })
})

describe('table of contents', () => {
  const issue = printIssueSchema.parse(issueInput)

  it('lists sections and entries in print order with anchors by position', () => {
    const contents = buildContents(
      issue,
      new Map([
        ['a', 3],
        ['b', 5],
        ['c', 9],
      ]),
    )
    expect(contents.map((section) => section.title)).toEqual(['市政府文件', '部门文件'])
    expect(contentsEntries(contents)).toEqual([
      { id: 'a', anchor: 'gb-entry-1', title: '关于甲的通知', docNumber: '运政发〔2022〕1号', page: 3 },
      { id: 'b', anchor: 'gb-entry-2', title: '关于乙的通知', docNumber: null, page: 5 },
      { id: 'c', anchor: 'gb-entry-3', title: '关于丙的通知', docNumber: null, page: 9 },
    ])
  })

  it('has no page numbers before the first pass', () => {
    expect(contentsEntries(buildContents(issue, null)).map((line) => line.page)).toEqual([null, null, null])
  })

  it('labels an entry with its number in parentheses', () => {
    expect(contentsLabel({ title: '关于甲的通知', docNumber: '运政发〔2022〕1号' })).toBe('关于甲的通知（运政发〔2022〕1号）')
    expect(contentsLabel({ title: '关于乙的通知', docNumber: null })).toBe('关于乙的通知')
  })
})

describe('entryRanges', () => {
  it('ends each entry on the page before the next starts, and the last on the last page', () => {
    expect(
      entryRanges(
        [
          { id: 'a', firstPage: 3 },
          { id: 'b', firstPage: 5 },
          { id: 'c', firstPage: 6 },
        ],
        9,
      ),
    ).toEqual([
      { id: 'a', firstPage: 3, lastPage: 4 },
      { id: 'b', firstPage: 5, lastPage: 5 },
      { id: 'c', firstPage: 6, lastPage: 9 },
    ])
  })

  it('refuses entries out of order or past the end', () => {
    expect(() =>
      entryRanges(
        [
          { id: 'a', firstPage: 5 },
          { id: 'b', firstPage: 5 },
        ],
        9,
      ),
    ).toThrow(RangeError)
    expect(() => entryRanges([{ id: 'a', firstPage: 10 }], 9)).toThrow(RangeError)
  })
})

describe('rendering', () => {
  it('styles headings by what they are and sets the addressee line flush left', () => {
    const html = renderBlocks(
      [
        { type: 'paragraph', align: 'start', children: [run('各县(市、区)人民政府:')] },
        { type: 'heading', level: 2, children: [run('运城市2022年政务公开工作要点')] },
        { type: 'heading', level: 2, children: [run('一、总体要求')] },
        { type: 'heading', level: 2, children: [run('第一章　总则')] },
        { type: 'heading', level: 3, children: [run('(一)以公开促落实')] },
        { type: 'paragraph', align: 'end', children: [run('运城市人民政府办公室'), run('\n'), run('2022年6月30日')] },
        { type: 'list', ordered: true, items: [[run('第一项')], [run('第二项')]] },
      ],
      'document',
    )
    expect(html).toContain('<p class="align-start addressee">各县(市、区)人民政府:</p>')
    expect(html).toContain('<h3 class="heading-attached-title">运城市2022年政务公开工作要点</h3>')
    expect(html).toContain('<h3 class="heading-first">一、总体要求</h3>')
    expect(html).toContain('<h3 class="heading-chapter">第一章　总则</h3>')
    expect(html).toContain('<h4 class="heading-second">(一)以公开促落实</h4>')
    expect(html).toContain('<p class="align-end">运城市人民政府办公室<br>2022年6月30日</p>')
    expect(html).toContain('<ol><li>第一项</li><li>第二项</li></ol>')
  })

  it("sets an interpretation's unnumbered headings as section headings, not as attached titles", () => {
    const html = renderBlocks([{ type: 'heading', level: 2, children: [run('为什么要制定《办法》？')] }], 'interpretation')
    expect(html).toBe('<h3 class="heading-first">为什么要制定《办法》？</h3>')
  })

  it('escapes every piece of data: titles, numbers, section names, body text and the gazette name', () => {
    const hostile = '<img src=x onerror=alert(1)>'
    const issue = printIssueSchema.parse({
      ...issueInput,
      gazetteName: `公报${hostile}`,
      sections: [
        {
          title: `栏目${hostile}`,
          entries: [
            entry('a', `标题${hostile}`, `号${hostile}`, [
              { type: 'paragraph', align: 'start', children: [{ ...run(`正文${hostile}`), bold: true, href: 'https://example.org/' }] },
            ]),
          ],
        },
      ],
    })
    const html = renderIssueHtml(issue, pageLayout(parsePageSize('A4')!), { firstPages: new Map([['a', 3]]), coverImage: null })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('href="https://example.org/"')
    expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)?.length).toBeGreaterThanOrEqual(6)
    expect(html).toContain('<strong>正文&lt;img')
  })

  it('links each contents line to its entry and prints the page, or nothing before the first pass', () => {
    const issue = printIssueSchema.parse(issueInput)
    const layout = pageLayout(parsePageSize('A4')!)
    const measured = renderIssueHtml(issue, layout, {
      firstPages: new Map([
        ['a', 3],
        ['b', 5],
        ['c', 9],
      ]),
      coverImage: null,
    })
    expect(measured).toContain('href="#gb-entry-2"')
    expect(measured).toContain('id="gb-entry-2"')
    expect(measured).toContain('<span class="contents-page">9</span>')
    const first = renderIssueHtml(issue, layout, { firstPages: null, coverImage: null })
    expect(first).toContain('<span class="contents-page"></span>')
    // The section name heads only the first entry of its section.
    expect(measured.match(/class="section-title"/g)?.length).toBe(2)
  })
})
