/**
 * The back-issue reader (core/backIssues) on issues laid out line by line by a small
 * typesetter (helpers/typesetIssue.ts): what went in must come out — every entry with its
 * section, pages, title, 发文字号, date and paragraphs — with the page furniture gone, a
 * paragraph cut by a page break joined, and what cannot be decided reported on its page.
 */
import { describe, expect, it } from 'vitest'

import { readBackIssue, type PageText } from '../../core/backIssues'
import { typesetIssue, type IssueLayout, type Piece } from './helpers/typesetIssue'

const long = (seed: string, times: number) =>
  Array.from({ length: times }, (_, index) => `${seed}第${index + 1}项工作要抓紧落实，`).join('') + '确保取得实效。'

const notice: Piece[] = [
  { kind: 'section', text: '市政府文件' },
  { kind: 'title', text: '运城市人民政府关于印发运城市政务公开工作要点的通知' },
  { kind: 'number', text: '运政发〔2022〕3号' },
  { kind: 'paragraph', text: '各县（市、区）人民政府，市直各有关单位：', indent: false },
  { kind: 'paragraph', text: '《运城市政务公开工作要点》已经市人民政府同意，现印发给你们，请认真贯彻落实。' },
  { kind: 'right', text: '运城市人民政府' },
  { kind: 'right', text: '2022年6月30日' },
  { kind: 'paragraph', text: '（此件公开发布）' },
  { kind: 'display', text: '运城市政务公开工作要点' },
  { kind: 'paragraph', text: '一、坚持公开就是承诺' },
  { kind: 'paragraph', text: long('公开', 24) },
  { kind: 'paragraph', text: long('解读', 36) },
]
const plan: Piece[] = [
  { kind: 'title', text: '关于全面推进政务公开工作的实施方案' },
  { kind: 'paragraph', text: long('推进', 6) },
  { kind: 'right', text: '市旅游委员会' },
  { kind: 'right', text: '2018年5月16日' },
]
const interpretation: Piece[] = [
  { kind: 'section', text: '政策解读' },
  { kind: 'title', text: '《运城市政务公开工作要点》解读' },
  { kind: 'paragraph', text: '一、《要点》从哪几个方面部署工作？' },
  { kind: 'paragraph', text: long('回答', 3) },
]

const layout: IssueLayout = {
  head: '运城市人民政府公报　2022年第6期',
  cover: ['运城市人民政府公报', '2022年第6期（总第123期）', '2022年7月15日出版'],
  contents: [
    { section: '市政府文件', label: '运城市人民政府关于印发运城市政务公开工作要点的通知（运政发〔2022〕3号）', page: '3' },
    { section: '市政府文件', label: '关于全面推进政务公开工作的实施方案', page: '6' },
    { section: '政策解读', label: '《运城市政务公开工作要点》解读', page: '7' },
  ],
  entries: [notice, plan, interpretation],
}

const paragraphs = (pieces: readonly Piece[]) =>
  pieces.flatMap((piece) => (piece.kind === 'paragraph' || piece.kind === 'right' || piece.kind === 'display' ? [piece.text] : []))

describe('reading a typeset issue back', () => {
  const pages = typesetIssue(layout)
  const reading = readBackIssue(pages)

  it('lays out the issue it is meant to (a guard on the typesetter)', () => {
    expect(pages).toHaveLength(7)
  })

  it('reads the cover and the contents', () => {
    expect(reading.masthead).toEqual({
      gazetteName: '运城市人民政府公报',
      year: 2022,
      issueNumber: 6,
      totalNumber: 123,
      publicationDate: '2022-07-15',
    })
    expect(reading.contents?.pages).toEqual([2])
    expect(reading.contents?.entries.map((entry) => [entry.section, entry.title, entry.docNumber, entry.printedPage])).toEqual([
      ['市政府文件', '运城市人民政府关于印发运城市政务公开工作要点的通知', '运政发〔2022〕3号', 3],
      ['市政府文件', '关于全面推进政务公开工作的实施方案', null, 6],
      ['政策解读', '《运城市政务公开工作要点》解读', null, 7],
    ])
    expect(reading.pages.map((page) => page.role)).toEqual(['cover', 'contents', 'body', 'body', 'body', 'body', 'body'])
  })

  it('finds every entry with its section, pages, title, number and date', () => {
    expect(
      reading.entries.map((entry) => ({
        section: entry.section,
        kind: entry.kind,
        pages: [entry.firstPage, entry.lastPage],
        printed: [entry.printedFirstPage, entry.printedLastPage],
        title: entry.title,
        docNumber: entry.docNumber,
        writtenDate: entry.document.writtenDate?.value ?? null,
        issuers: entry.document.issuers.map((issuer) => issuer.value),
        ocr: entry.ocr,
      })),
    ).toEqual([
      {
        section: '市政府文件',
        kind: 'document',
        pages: [3, 5],
        printed: [3, 5],
        title: '运城市人民政府关于印发运城市政务公开工作要点的通知',
        docNumber: '运政发〔2022〕3号',
        writtenDate: '2022-06-30',
        issuers: ['运城市人民政府'],
        ocr: false,
      },
      {
        section: '市政府文件',
        kind: 'document',
        pages: [6, 6],
        printed: [6, 6],
        title: '关于全面推进政务公开工作的实施方案',
        docNumber: null,
        writtenDate: '2018-05-16',
        issuers: ['市旅游委员会'],
        ocr: false,
      },
      {
        section: '政策解读',
        kind: 'interpretation',
        pages: [7, 7],
        printed: [7, 7],
        title: '《运城市政务公开工作要点》解读',
        docNumber: null,
        writtenDate: null,
        issuers: [],
        ocr: false,
      },
    ])
    expect(reading.problems).toEqual([])
  })

  it('gives every paragraph back whole, page breaks joined, running heads and page numbers gone', () => {
    const [first, second, third] = reading.entries
    expect(first?.document.body.map((block) => block.text)).toEqual(paragraphs(notice))
    expect(second?.document.body.map((block) => block.text)).toEqual(paragraphs(plan))
    expect(third?.document.body.map((block) => block.text)).toEqual(paragraphs(interpretation))
    // The long paragraph runs over a page break: one paragraph, not two.
    const spanning = first?.document.body.find((block) => block.text.startsWith('公开第1项'))
    expect(spanning?.text).toBe(long('公开', 24))
    // The attached text's title is a heading of the notice, not an entry of its own.
    expect(first?.document.body).toContainEqual({ type: 'heading', level: 2, text: '运城市政务公开工作要点' })
  })
})

describe('what the reader reports instead of guessing', () => {
  it('a contents line whose title is printed nowhere', () => {
    const contents = [...(layout.contents ?? []), { label: '关于印发某某办法的通知', page: '9' }]
    const reading = readBackIssue(typesetIssue({ ...layout, contents }))
    expect(reading.entries).toHaveLength(3)
    expect(reading.problems.map((problem) => [problem.kind, problem.page])).toEqual([['contents-unmatched', 2]])
    expect(reading.problems[0]?.message).toContain('关于印发某某办法的通知')
  })

  it('a title that starts at the foot of a page and ends on the next', () => {
    const filler: Piece = { kind: 'paragraph', text: long('填充', 38) }
    const late: Piece[] = [
      filler,
      { kind: 'title', text: '关于进一步加强和改进全市政府信息公开与政策解读回应工作的实施意见' },
      ...plan.slice(1),
    ]
    const pages = typesetIssue({ head: layout.head, entries: [plan, late] })
    const reading = readBackIssue(pages)
    const problem = reading.problems.find((p) => p.kind === 'title-spans-pages')
    expect(problem?.page).toBe(2)
    expect(reading.entries.map((entry) => [entry.title, entry.firstPage, entry.lastPage])).toEqual([
      ['关于全面推进政务公开工作的实施方案', 1, 2],
      ['关于进一步加强和改进全市政府信息公开与政策解读回应工作的实施意见', 2, 3],
    ])
  })

  it('a page that reads as noise, left out of every entry', () => {
    const pages = typesetIssue(layout)
    const noise: PageText = {
      page: 5,
      width: 595,
      height: 842,
      ocr: true,
      meanConfidence: 21,
      lines: Array.from({ length: 20 }, (_, index) => ({ text: '丨丶冫', x: 80 + index * 10, y: 120 + index * 30, width: 48, size: 16 })),
    }
    const reading = readBackIssue(pages.map((page) => (page.page === 5 ? noise : page)))
    expect(reading.problems.map((problem) => [problem.kind, problem.page])).toEqual([['noise-page', 5]])
    expect(reading.pages[4]?.role).toBe('noise')
    expect(reading.entries[0]?.document.body.some((block) => block.text.includes('丨'))).toBe(false)
  })

  it('no contents: entries are split at their titles, and the report says so', () => {
    const reading = readBackIssue(typesetIssue({ ...layout, contents: undefined }))
    expect(reading.problems.map((problem) => problem.kind)).toEqual(['no-contents'])
    expect(reading.entries.map((entry) => [entry.section, entry.title, entry.firstPage])).toEqual([
      ['市政府文件', '运城市人民政府关于印发运城市政务公开工作要点的通知', 2],
      ['市政府文件', '关于全面推进政务公开工作的实施方案', 5],
      ['政策解读', '《运城市政务公开工作要点》解读', 6],
    ])
  })

  it('a document the contents do not list becomes an entry of its own, reported', () => {
    const contents = (layout.contents ?? []).filter((line) => !line.label.startsWith('关于全面'))
    const reading = readBackIssue(typesetIssue({ ...layout, contents }))
    expect(reading.entries.map((entry) => entry.title)).toEqual([
      '运城市人民政府关于印发运城市政务公开工作要点的通知',
      '关于全面推进政务公开工作的实施方案',
      '《运城市政务公开工作要点》解读',
    ])
    expect(reading.problems.map((problem) => [problem.kind, problem.page])).toEqual([['unlisted-title', 6]])
  })
})

describe('page numbers', () => {
  it('maps the contents’ printed numbers to file pages when the cover and contents are unnumbered', () => {
    // Printed page 1 is the first body page (file page 3).
    const folio = (page: number) => (page >= 3 ? `- ${page - 2} -` : null)
    const contents = (layout.contents ?? []).map((line) => ({ ...line, page: String(Number(line.page) - 2) }))
    const reading = readBackIssue(typesetIssue({ ...layout, folio, contents }))
    expect(reading.problems).toEqual([])
    expect(reading.entries.map((entry) => [entry.firstPage, entry.lastPage, entry.printedFirstPage, entry.printedLastPage])).toEqual([
      [3, 5, 1, 3],
      [6, 6, 4, 4],
      [7, 7, 5, 5],
    ])
  })

  it('reports a contents page number that is not where the title stands', () => {
    const contents = (layout.contents ?? []).map((line, index) => (index === 1 ? { ...line, page: '5' } : line))
    const reading = readBackIssue(typesetIssue({ ...layout, contents }))
    expect(reading.entries[1]?.firstPage).toBe(6)
    expect(reading.problems.map((problem) => problem.message)).toEqual([
      '《关于全面推进政务公开工作的实施方案》目录标注第5页，正文标题在文件第6页：已按正文所在页计，请核对。',
    ])
  })
})
