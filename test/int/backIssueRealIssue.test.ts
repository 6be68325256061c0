/**
 * A real printed issue, typeset by its office and not by gongbao: 中华人民共和国国务院公报
 * 1954年第一号 (test/fixtures/backIssues/real/, with where it comes from). Its cover prints
 * the year and number in Chinese numerals above the contents; the contents wrap long
 * titles, indent sub-entries, list one title twice and print page numbers in brackets
 * after close leaders; two pages are images without text; and the print's contents and
 * body titles differ in places (宜言 and 宣言, 协定 and 协议). The text layer must give
 * every entry the contents list, on the page they give, and report, not hide, each title
 * the body prints otherwise.
 */
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { readIssueFile, type IssueFileReading } from '../../cms/backIssues/readIssueFile'
import { comparableCharacters } from '../../core/backIssues'

const PDF = path.resolve('test/fixtures/backIssues/real/guowuyuan-gongbao-1954-01.pdf')
/** Entries of the issue's contents (page 1 and 2 of the PDF), counted by hand. */
const LISTED = 28

describe('国务院公报 1954年第一号 read from its text layer', () => {
  let reading: IssueFileReading

  beforeAll(async () => {
    reading = await readIssueFile(PDF)
  }, 120_000)

  it('reads the masthead printed in Chinese numerals', () => {
    expect(reading.masthead).toMatchObject({ gazetteName: '中华人民共和国国务院公报', year: 1954, issueNumber: 1, totalNumber: 1 })
  })

  it('reads all the contents and finds each entry on the page the contents give, twice-listed titles in order', () => {
    expect(reading.contents?.pages).toEqual([1, 2])
    const listed = reading.contents?.entries ?? []
    expect(listed).toHaveLength(LISTED)
    expect(listed.map((line) => line.title)).not.toContain('目')
    expect(reading.entries).toHaveLength(LISTED)
    // The printed page numbers are the file's here: the cover is page 1.
    expect(reading.entries.map((entry) => entry.firstPage)).toEqual(listed.map((line) => line.printedPage))
    expect(reading.entries.map((entry) => entry.contentsLabel)).toEqual(listed.map((line) => line.label))
    expect(reading.entries.at(-1)).toMatchObject({ title: '国务院关于出版「中华人民共和国国务院公报」的决定', firstPage: 47, lastPage: 48 })
  })

  it('reads the two pages without text by OCR and marks their entry', () => {
    expect(reading.pages.filter((page) => page.ocr).map((page) => page.page)).toEqual([15, 16])
    const entry = reading.entries.find((candidate) => candidate.firstPage <= 15 && candidate.lastPage >= 16)
    expect(entry?.ocr).toBe(true)
    expect(entry?.uncertain.length).toBeGreaterThan(0)
  })

  it('reports every title the body prints otherwise than the contents, on its page', () => {
    const same = (a: string, b: string) => comparableCharacters(a).join('') === comparableCharacters(b).join('')
    const listed = reading.contents?.entries ?? []
    const differing = reading.entries.filter((entry, index) => !same(entry.title ?? '', listed[index]?.title ?? ''))
    // 宣言 printed 宜言 in the contents, 协议 and 协定, 为 and 写…: the print's own differences.
    expect(differing.length).toBeGreaterThan(0)
    for (const entry of differing) {
      expect(
        reading.problems.some((problem) => problem.message.startsWith(`第${entry.firstPage}页标题`) && problem.message.includes('目录')),
      ).toBe(true)
    }
  })
})
