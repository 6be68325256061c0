/**
 * The back-issue reader's corrections of what OCR misread, one rule each: a character the
 * print font makes OCR read in its traditional form (misreadCharacters.ts), a title
 * character the contents read otherwise (contentsAgreement.ts), a 发文字号 only the
 * contents show; every corrected character stays listed as uncertain with what OCR read.
 * And the issue numbers a bulk import takes from a file name.
 */
import { describe, expect, it } from 'vitest'

import { agreedTitle, bigramCounts, correctTitles } from '../../core/backIssues/contentsAgreement'
import { foldMisreadCharacters, readBackIssue, type PageText } from '../../core/backIssues'
import { foldNumberShape } from '../../core/backIssues/numberShape'
import { issueNumberFromName } from '../../scripts/importIssues/issueNumberFromName'
import { typesetIssue, type IssueLayout, type Piece } from './helpers/typesetIssue'

const line = (text: string, y = 100) => ({ text, x: 80, y, width: Array.from(text).length * 16, size: 16 })

describe('characters OCR reads in their traditional form', () => {
  it('folds 戶 to 户 and lists it as uncertain with the character read', () => {
    const page: PageText = { page: 3, width: 595, height: 842, ocr: true, lines: [line('保障住戶和商戶的知情权'), line('不变的一行', 130)] }
    const folded = foldMisreadCharacters(page)
    expect(folded.lines[0]?.text).toBe('保障住户和商户的知情权')
    expect(folded.lines[0]?.uncertain).toEqual([
      { index: 3, confidence: 0, read: '戶' },
      { index: 6, confidence: 0, read: '戶' },
    ])
    expect(folded.lines[1]).toBe(page.lines[1])
  })

  it('leaves a page without such characters as it is', () => {
    const page: PageText = { page: 1, width: 1, height: 1, ocr: true, lines: [line('户口登记')] }
    expect(foldMisreadCharacters(page)).toBe(page)
  })
})

describe('titles read twice, in the contents and over the entry', () => {
  const counts = bigramCounts(['推进方案要求各单位制定方案', '办公室负责，办公室协调', '方案实施'])

  it('takes the character whose pairs the issue prints more often', () => {
    expect(agreedTitle({ body: '关于印发工作推进广案的通知', contents: '关于印发工作推进方案的通知' }, counts)).toEqual({
      title: '关于印发工作推进方案的通知',
      changes: [{ index: 8, read: '广', to: '方' }],
    })
    // The contents can be the misread one: the body's reading is kept.
    expect(agreedTitle({ body: '区政府办公室关于印发意见的通知', contents: '区政府共公室关于印发意见的通知' }, counts).changes).toEqual([])
  })

  it('takes the bracket that closes a pair', () => {
    expect(agreedTitle({ body: '《要点》解读〈示例)', contents: '《要点》解读（示例）' }, new Map()).title).toBe('《要点》解读（示例)')
  })

  it('makes an angle bracket a title closes with a parenthesis the parenthesis, though both readings share it', () => {
    expect(agreedTitle({ body: '《要点》解读〈示例)', contents: '《要点》解读〈示例)' }, new Map())).toEqual({
      title: '《要点》解读（示例)',
      changes: [{ index: 6, read: '〈', to: '（' }],
    })
    expect(agreedTitle({ body: '关于印发(试行〉的通知', contents: '关于印发(试行〉的通知' }, new Map()).title).toBe('关于印发(试行）的通知')
    // A real pair of angle brackets stays.
    expect(agreedTitle({ body: '《关于〈条例〉的说明》', contents: '《关于〈条例〉的说明》' }, new Map()).changes).toEqual([])
  })

  it('decides nothing on a tie, or between titles that are not alike', () => {
    expect(agreedTitle({ body: '关于甲事项的通知', contents: '关于乙事项的通知' }, new Map()).changes).toEqual([])
    expect(agreedTitle({ body: '关于全面推进政务公开的通知', contents: '运城市人民政府办公室' }, counts).changes).toEqual([])
  })

  it('corrects the title on the lines that hold it, over a line break, and marks each change uncertain', () => {
    const page: PageText = {
      page: 5,
      width: 595,
      height: 842,
      ocr: true,
      lines: [line('区政府共公室关于印发', 100), line('规范工作实施意见的通知', 130), line('各办公室：办公室要落实，办公室督办。', 160)],
    }
    const [corrected] = correctTitles(
      [page],
      [{ page: 5, body: '区政府共公室关于印发规范工作实施意见的通知', contents: '区政府办公室关于印发规范工作实施意见的通知' }],
    )
    expect(corrected?.lines.map((l) => l.text)).toEqual([
      '区政府办公室关于印发',
      '规范工作实施意见的通知',
      '各办公室：办公室要落实，办公室督办。',
    ])
    expect(corrected?.lines[0]?.uncertain).toEqual([{ index: 3, confidence: 0, read: '共' }])
  })

  it('leaves a page read from a text layer alone', () => {
    const page: PageText = { page: 5, width: 595, height: 842, ocr: false, lines: [line('区政府共公室'), line('办公室办公室', 130)] }
    expect(correctTitles([page], [{ page: 5, body: '区政府共公室', contents: '区政府办公室' }])[0]).toBe(page)
  })
})

describe('an OCR-read issue whose titles and numbers the contents set right', () => {
  const filler = '区政府办公室负责推进方案落实，各办公室按方案执行，确保方案落到实处。'
  const first: Piece[] = [
    { kind: 'title', text: '区政府办公室关于印发规范政务公开工作实施意见的通知' },
    { kind: 'paragraph', text: filler.repeat(3) },
  ]
  const second: Piece[] = [
    { kind: 'title', text: '锦州市政务公开领导小组关于印发工作安排的通知' },
    { kind: 'paragraph', text: filler.repeat(2) },
  ]
  const layout: IssueLayout = {
    head: '运城市人民政府公报　2022年第6期',
    cover: ['运城市人民政府公报', '2022年第6期（总第123期）', '2022年7月15日出版'],
    contents: [
      { section: '部门文件', label: '区政府办公室关于印发规范政务公开工作实施意见的通知', page: '3' },
      { section: '部门文件', label: '锦州市政务公开领导小组关于印发工作安排的通知（锦政公领发〔2019〕1号）', page: '4' },
    ],
    entries: [first, [{ kind: 'newPage' }, ...second]],
  }
  // As OCR reads the body: the heavy title face's 办 as 共, and the second entry's number lost.
  const scanned = typesetIssue(layout).map((page) => ({
    ...page,
    ocr: true,
    lines: page.lines.map((l) => (page.page > 2 && l.size > 20 ? { ...l, text: l.text.replace('区政府办公室', '区政府共公室') } : l)),
  }))
  const reading = readBackIssue(scanned)

  it('reads the titles as the contents and the issue agree, each correction uncertain', () => {
    expect(reading.entries.map((entry) => entry.title)).toEqual([
      '区政府办公室关于印发规范政务公开工作实施意见的通知',
      '锦州市政务公开领导小组关于印发工作安排的通知',
    ])
    expect(reading.entries[0]?.uncertain).toContainEqual(expect.objectContaining({ char: '办', read: '共', confidence: 0 }))
    expect(reading.problems.filter((problem) => problem.kind === 'title-differs')).toEqual([])
    // The pages handed back carry the correction, for the proofreading view.
    expect(reading.texts.flatMap((page) => page.lines).some((l) => l.text.includes('共公室'))).toBe(false)
  })

  it('takes a number only the contents show, and says so', () => {
    expect(reading.entries[1]?.docNumber).toBe('锦政公领发〔2019〕1号')
    expect(reading.problems).toContainEqual(expect.objectContaining({ kind: 'number-from-contents', number: '锦政公领发〔2019〕1号' }))
  })
})

describe('a 发文字号 as OCR reads it', () => {
  it.each([
    ['锦政公领发【2019] 1]号', '锦政公领发〔2019〕1号'],
    ['运政办发 [2022] 18]号', '运政办发〔2022〕18号'],
  ])('%s is refolded to %s', (read, printed) => {
    expect(foldNumberShape(read)).toBe(printed)
  })

  it('leaves a number that reads as one, and text of another shape, as read', () => {
    for (const text of [
      '运政办发[2022]18号',
      '国办发【2019】 14号',
      '运政办发〔2022〕18号 运政办发〔2022〕19号',
      '关于〔2019〕年度工作的通知',
      '2019年7月18日',
    ]) {
      expect(foldNumberShape(text)).toBe(text)
    }
  })
})

describe('issue numbers from a file name', () => {
  it.each([
    ['运城市人民政府公报2022年第6期.pdf', { year: 2022, issueNumber: 6 }],
    ['2022年第12期', { year: 2022, issueNumber: 12 }],
    ['2019-03.pdf', { year: 2019, issueNumber: 3 }],
    ['2019_3', { year: 2019, issueNumber: 3 }],
    ['2022-07-15.pdf', null],
    ['scan 0001.pdf', null],
    ['2022年第0期.pdf', null],
  ])('%s', (name, expected) => {
    expect(issueNumberFromName(name)).toEqual(expected)
  })
})
