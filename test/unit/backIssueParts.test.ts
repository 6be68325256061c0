/**
 * The parts of the back-issue reader, each on input built by hand: a PDF's runs into
 * lines, reading order over two columns, the contents, page numbers, the cover, tesseract's
 * hOCR, the skew of a page image, its contrast, and the character error rate.
 */
import { describe, expect, it } from 'vitest'

import {
  characterErrors,
  contrastLevels,
  editDistance,
  errorRate,
  linesFromRuns,
  pageFromHocr,
  readContents,
  readIssueMasthead,
  similarity,
  skewAngle,
  type TextLine,
} from '../../core/backIssues'
import { splitLabel } from '../../core/backIssues/contentsPages'
import { readFolio, stripPageFurniture } from '../../core/backIssues/pageFurniture'
import { readingOrder } from '../../core/backIssues/readingOrder'
import { joinRows } from '../../core/backIssues/textBlocks'

const line = (text: string, x: number, y: number, size = 16, width = Array.from(text).length * size): TextLine => ({
  text,
  x,
  y,
  width,
  size,
})

describe('runs of a PDF text layer into lines', () => {
  it('joins runs on one baseline, splits at a wide gap, and drops the spaces between runs', () => {
    const lines = linesFromRuns([
      { text: '运城市', x: 100, baseline: 200, width: 48, size: 16 },
      { text: '人', x: 148, baseline: 200.2, width: 16, size: 16 },
      { text: ' ', x: 164, baseline: 200, width: 200, size: 16 },
      { text: '3', x: 500, baseline: 200, width: 9, size: 16 },
      { text: 'Open', x: 100, baseline: 230, width: 40, size: 16 },
      { text: 'Data', x: 146, baseline: 230, width: 40, size: 16 },
    ])
    expect(lines.map((l) => [l.text, Math.round(l.x), Math.round(l.width)])).toEqual([
      ['运城市人', 100, 64],
      ['3', 500, 9],
      ['Open Data', 100, 86],
    ])
  })
})

describe('reading order', () => {
  it('reads a two-column page band by band: a title over both columns, then the left column, then the right', () => {
    const left = ['左栏第一行文字内容在此处', '左栏第二行文字内容在此处', '左栏第三行文字内容在此处', '左栏第四行']
    const right = ['右栏第一行文字内容在此处', '右栏第二行文字内容在此处', '右栏第三行文字内容在此处', '右栏第四行']
    const lines = [
      line('横跨两栏的标题文字横跨两栏的标题', 100, 100, 22),
      ...right.map((text, index) => line(text, 320, 150 + index * 30, 16)),
      ...left.map((text, index) => line(text, 80, 150 + index * 30, 16)),
      line('下一个横跨两栏的标题横跨两栏', 100, 300, 22),
      line('下栏左', 80, 350),
      line('下栏右', 320, 350),
    ]
    expect(readingOrder(lines).map((row) => row.text)).toEqual([
      '横跨两栏的标题文字横跨两栏的标题',
      ...left,
      ...right,
      '下一个横跨两栏的标题横跨两栏',
      '下栏左',
      '下栏右',
    ])
  })

  it('keeps a single column with a column of page numbers beside it as one column, numbers in their rows', () => {
    const lines = [0, 1, 2, 3].flatMap((index) => [
      line(`关于第${index + 1}项工作的通知`, 110, 100 + index * 30),
      line(String(index * 4 + 3), 500, 100 + index * 30),
    ])
    const rows = readingOrder(lines)
    expect(rows.map((row) => row.text)).toEqual([
      '关于第1项工作的通知 3',
      '关于第2项工作的通知 7',
      '关于第3项工作的通知 11',
      '关于第4项工作的通知 15',
    ])
    expect(rows[0]?.parts.map((part) => part.text)).toEqual(['关于第1项工作的通知', '3'])
  })
})

describe('page furniture', () => {
  it.each([
    ['— 3 —', 3],
    ['- 12 -', 12],
    ['一 7 一', 7],
    ['第 5 页', 5],
    ['·21·', 21],
    ['2022年', null],
    ['共3页', null],
  ])('reads the page number in %s', (text, folio) => {
    expect(readFolio(text)).toBe(folio)
  })

  it('removes a running head that OCR reads a little differently on each page, and keeps body lines', () => {
    const heads = [
      '运城市人民政府公报 2022年第6期',
      '运城市人民政府公报”2022年第6期',
      '运城市人民政府公极 2022年第6期',
      '运城市人民政府公报 2022年第6期',
    ]
    const pages = heads.map((head, index) => ({
      page: index + 1,
      width: 600,
      height: 800,
      ocr: true,
      lines: [line(head, 200, 40, 10), line('正文第一行', 80, 200), line(`— ${index + 1} —`, 450, 760, 14)],
    }))
    const bodies = stripPageFurniture(pages)
    expect(bodies.map((body) => [body.lines.map((l) => l.text), body.folio])).toEqual([
      [['正文第一行'], 1],
      [['正文第一行'], 2],
      [['正文第一行'], 3],
      [['正文第一行'], 4],
    ])
  })
})

describe('contents', () => {
  const rows = (lines: TextLine[][]) => readingOrder(lines.flat())

  it('reads sections, wrapped titles, bracketed numbers and page numbers; a garbled page number is null', () => {
    const page = rows([
      [line('目　录', 250, 60, 22)],
      [line('市政府文件', 80, 110)],
      [line('运城市人民政府关于印发运城市2022年政务', 112, 140), line('3', 500, 140)].slice(0, 1),
      [line('公开工作要点的通知（运政发〔2022〕3号）', 128, 170), line('3', 500, 170)],
      [line('关于全面推进政务公开工作的实施方案', 112, 200), line('扣', 500, 200)],
      [line('部门文件', 80, 230)],
      [line('关于印发某某办法的通知……………12', 112, 260)],
    ])
    const contents = readContents([{ page: 2, rows: page }])
    expect(contents?.entries.map((entry) => [entry.section, entry.title, entry.docNumber, entry.printedPage])).toEqual([
      ['市政府文件', '运城市人民政府关于印发运城市2022年政务公开工作要点的通知', '运政发〔2022〕3号', 3],
      ['市政府文件', '关于全面推进政务公开工作的实施方案', null, null],
      ['部门文件', '关于印发某某办法的通知', null, 12],
    ])
    expect(contents?.sections).toEqual(['市政府文件', '部门文件'])
    expect(contents?.unread).toEqual([])
  })

  it('reads a dot leader OCR read as commas and quotes (a 200 dpi scan of the sample issue)', () => {
    const page = rows([
      [line('目　录', 250, 60, 22)],
      [line('市政府文件', 80, 110)],
      [line('关于印发某某办法的通知……………12', 112, 140)],
      [line('《运城市2022年政务公开工作要点》解读〈示例)，”59', 112, 170)],
      [line('关于乙的通知：；·7', 112, 200)],
    ])
    expect(readContents([{ page: 2, rows: page }])?.entries.map((entry) => [entry.title, entry.printedPage])).toEqual([
      ['关于印发某某办法的通知', 12],
      ['《运城市2022年政务公开工作要点》解读〈示例)', 59],
      ['关于乙的通知', 7],
    ])
  })

  it('reads the close leaders a real issue (国务院公报 1954) comes back with from OCR: small Latin letters, one character, none', () => {
    const page = rows([
      [line('目　录', 250, 60, 22)],
      [line('关示中苏举行会谈的公报人(3)', 40, 110)],
      [line('中华人民共和国政府和锡兰政府贸易谈判公报nnnnnnnnnns', 40, 140), line('17', 500, 140)],
      [line('印度共和国政府代表艾扬格的照会sea(23)', 70, 170)],
      [line('中华人民共和国政府代表孔原的覆照ee《25)', 70, 200)],
      [line('复员建设军人安置暂行办法(33)', 40, 230)],
    ])
    const contents = readContents([{ page: 1, rows: page }])
    expect(contents?.entries.map((entry) => [entry.title, entry.printedPage])).toEqual([
      ['关示中苏举行会谈的公报人', 3],
      ['中华人民共和国政府和锡兰政府贸易谈判公报', 17],
      ['印度共和国政府代表艾扬格的照会', 23],
      ['中华人民共和国政府代表孔原的覆照', 25],
      ['复员建设军人安置暂行办法', 33],
    ])
    expect(contents?.sections).toEqual([])
  })

  it('ends the last entry with the contents when its page number was lost and it reads complete', () => {
    const page = rows([
      [line('目　录', 250, 60, 22)],
      [line('关于印发某某办法的通知', 112, 110), line('38', 500, 110)],
      [line('政策解读', 80, 140)],
      [line('《运城市2022年政务公开工作要点》解读〈示例) ，', 112, 170)],
    ])
    const contents = readContents([{ page: 2, rows: page }])
    expect(contents?.entries.map((entry) => [entry.section, entry.title, entry.printedPage, entry.label])).toEqual([
      [null, '关于印发某某办法的通知', 38, '关于印发某某办法的通知'],
      ['政策解读', '《运城市2022年政务公开工作要点》解读〈示例)', null, '《运城市2022年政务公开工作要点》解读〈示例)'],
    ])
    expect(contents?.unread).toEqual([])
    // A last row that does not read as a title's end is still reported, never guessed.
    const cut = rows([
      [line('目　录', 250, 60, 22)],
      [line('关于印发某某办法的通知', 112, 110), line('38', 500, 110)],
      [line('某某市人民政府办公室关于进一步加强和改进全市政务', 112, 140)],
    ])
    expect(readContents([{ page: 2, rows: cut }])?.unread).toEqual([{ page: 2, text: '某某市人民政府办公室关于进一步加强和改进全市政务' }])
  })

  it('ends an entry whose page number was lost where the next begins, without its leader’s remains, and keeps it out of the next', () => {
    const page = rows([
      [line('目　录', 250, 60, 22)],
      [line('关于印发某某办法的通知', 112, 110), line('38', 500, 110)],
      [line('关于丙的通知，”', 112, 140)],
      [line('关于丁的通知', 112, 170), line('50', 500, 170)],
    ])
    expect(readContents([{ page: 2, rows: page }])?.entries.map((entry) => [entry.title, entry.printedPage, entry.label])).toEqual([
      ['关于印发某某办法的通知', 38, '关于印发某某办法的通知'],
      ['关于丙的通知', null, '关于丙的通知'],
      ['关于丁的通知', 50, '关于丁的通知'],
    ])
  })

  it('finds the heading below a masthead on the cover (国务院公报 1954年第一号), spaced apart, and lists neither as entries', () => {
    const page = rows([
      [line('中华人民共和国', 160, 40, 30)],
      [line('国 务 院 公 报', 160, 80, 40)],
      [line('一九五四年第一号(总第一号)', 200, 130)],
      [line('目', 250, 170, 20), line('录', 330, 170, 20)],
      [line('关于中苏举行会谈的公报', 40, 210), line('..........................', 300, 210), line('(3)', 500, 210)],
      [line('中苏关于将各股份公司中的苏联股份移交给中华人民共和国的联合', 40, 240)],
      [line('公报 ....................................... ( 7)', 56, 270)],
    ])
    const contents = readContents([{ page: 1, rows: page }])
    expect(contents?.entries.map((entry) => [entry.title, entry.printedPage])).toEqual([
      ['关于中苏举行会谈的公报', 3],
      ['中苏关于将各股份公司中的苏联股份移交给中华人民共和国的联合公报', 7],
    ])
    expect(contents?.sections).toEqual([])
    expect(contents?.unread).toEqual([])
  })

  it('finds contents whose heading OCR misread, by their rows of page numbers', () => {
    const page = rows([
      [line('目 对', 250, 60, 24)],
      ...[0, 1, 2].map((index) => [
        line(`关于第${index + 1}项工作的通知`, 112, 110 + index * 30),
        line(String(3 + index * 5), 500, 110 + index * 30),
      ]),
    ])
    expect(
      readContents([
        { page: 1, rows: [line('运城市人民政府公报', 100, 100, 30)].map((l) => ({ ...l, parts: [l], column: { left: 100, right: 400 } })) },
        { page: 2, rows: page },
      ])?.pages,
    ).toEqual([2])
  })

  it.each([
    ['关于甲的通知（运政发〔2022〕3号）', '关于甲的通知', '运政发〔2022〕3号'],
    ['关于甲的通知〈锦政公领发【2019] 1]号)', '关于甲的通知', '锦政公领发【2019] 1]号'],
    ['《要点》解读（示例）', '《要点》解读（示例）', null],
    ['关于甲的通知,', '关于甲的通知', null],
  ])('splits the label %s', (label, title, docNumber) => {
    expect(splitLabel(label)).toEqual({ title, docNumber })
  })
})

describe('the cover', () => {
  it('reads name, year, issue number, running total and date', () => {
    expect(readIssueMasthead('运城市人民政府公报\n2022年\n第6期（总第123期）\n2022年7月15日出版', [])).toEqual({
      gazetteName: '运城市人民政府公报',
      year: 2022,
      issueNumber: 6,
      totalNumber: 123,
      publicationDate: '2022-07-15',
    })
  })

  it('reads a year and issue printed in Chinese numerals, numbered 号 as early issues are', () => {
    expect(readIssueMasthead('中华人民共和国\n国 务 院 公 报\n一九五四年第一号(总第一号)', [])).toEqual({
      gazetteName: '中华人民共和国国务院公报',
      year: 1954,
      issueNumber: 1,
      totalNumber: 1,
      publicationDate: null,
    })
    expect(readIssueMasthead('某某市人民政府公报 二〇二三年第十二期（总第一百零五期）', [])).toMatchObject({
      year: 2023,
      issueNumber: 12,
      totalNumber: 105,
    })
    // A running total alone is not the issue's number, nor is a decree's 第N号.
    expect(readIssueMasthead('某某市人民政府公报（总第123期）\n某某市人民政府令第5号', [])).toMatchObject({
      issueNumber: null,
      totalNumber: 123,
    })
  })

  it('falls back on the running heads, and leaves out what is not printed', () => {
    expect(readIssueMasthead('', ['某某市人民政府公报 2019年第12期'])).toEqual({
      gazetteName: '某某市人民政府公报',
      year: 2019,
      issueNumber: 12,
      totalNumber: null,
      publicationDate: null,
    })
  })
})

describe('joining the rows of a paragraph', () => {
  it.each([
    [['推动政策落实不偏不', '倚、准确到位。'], '推动政策落实不偏不倚、准确到位。'],
    [['第3', '4项'], '第34项'],
    [['open government', 'data portal'], 'open government data portal'],
    [['运城市 2022 年', '政务公开'], '运城市2022年政务公开'],
  ])('%j → %s', (rows, text) => {
    expect(joinRows(rows)).toBe(text)
  })
})

describe("tesseract's hOCR", () => {
  const char = (text: string, x0: number, conf: number) =>
    `<span class='ocrx_cinfo' title='x_bboxes ${x0} 100 ${x0 + 60} 160; x_conf ${conf}'>${text}</span>`
  const word = (id: number, x0: number, x1: number, wconf: number, chars: string) =>
    `<span class='ocrx_word' id='word_1_${id}' title='bbox ${x0} 100 ${x1} 160; x_wconf ${wconf}'>${chars}</span>`
  const hocr = `<?xml version="1.0" encoding="UTF-8"?>
<html><body><div class='ocr_page' id='page_1' title='image "x.png"; bbox 0 0 2480 3508; ppageno 0'>
<div class='ocr_carea' id='block_1_1' title="bbox 100 100 2000 160"><p class='ocr_par' id='par_1_1' title="bbox 100 100 2000 160">
<span class='ocr_line' id='line_1_1' title="bbox 100 100 2000 160; baseline 0 -9; x_size 80">
${word(1, 100, 280, 96, char('关', 100, 99) + char('于', 160, 99) + char('甲', 220, 99))}
${word(2, 280, 400, 61, char('的', 280, 98) + char('通', 340, 97))}
${word(3, 400, 460, 95, char('知', 400, 55))}
${word(4, 1900, 1960, 96, char('3', 1900, 99))}
</span></p></div>
<div class='ocr_carea' id='block_1_2' title="bbox 100 300 400 360"><p class='ocr_par'>
<span class='ocr_line' id='line_1_2' title="bbox 100 300 400 360; x_size 80">
<span class='ocrx_word' id='word_1_5' title='bbox 100 300 400 360; x_wconf 90'><span class='ocrx_cinfo' title='x_bboxes 100 300 160 360; x_conf 99'>&lt;</span><span class='ocrx_cinfo' title='x_bboxes 160 300 220 360; x_conf 99'>&amp;</span></span>
</span></p></div>
</div></body></html>`

  it('reads lines with their box, a type size from the characters’ advance, and splits at wide gaps', () => {
    const page = pageFromHocr(hocr, { page: 4 })
    expect(page).toMatchObject({ page: 4, width: 2480, height: 3508, ocr: true })
    expect(page.lines.map((l) => [l.text, l.x, l.y, Math.round(l.size)])).toEqual([
      ['关于甲的通知', 100, 100, 60],
      ['3', 1900, 100, 60],
      ['<&', 100, 300, 60],
    ])
    expect(page.meanConfidence).toBeCloseTo((96 + 61 + 95 + 96 + 90) / 5)
  })

  it('lists characters below the confidence threshold, by their own or their word’s confidence', () => {
    const page = pageFromHocr(hocr, { page: 1, minConfidence: 80 })
    // 的 and 通 are sure of themselves but their word is not (61); 知 is unsure itself (55).
    expect(page.lines[0]?.uncertain).toEqual([
      { index: 3, confidence: 61 },
      { index: 4, confidence: 61 },
      { index: 5, confidence: 55 },
    ])
  })
})

describe('skew of a page image', () => {
  /** Lines of "ink" on white, running at `degrees` (positive: downhill to the right). */
  function page(degrees: number, width = 800, height = 1000): Uint8Array {
    const pixels = new Uint8Array(width * height).fill(255)
    const slope = Math.tan((degrees * Math.PI) / 180)
    for (let row = 100; row < height - 100; row += 40) {
      for (let x = 100; x < width - 100; x++) {
        if (x % 24 > 18) continue
        for (let thick = 0; thick < 12; thick++) {
          const y = Math.round(row + thick + (x - width / 2) * slope)
          if (y >= 0 && y < height) pixels[y * width + x] = 20
        }
      }
    }
    return pixels
  }

  it.each([0, 0.8, -0.55, 2, -3.2])('measures %f°', (degrees) => {
    expect(Math.abs(skewAngle(page(degrees), 800, 1000) - degrees)).toBeLessThanOrEqual(0.1)
  })

  it('answers 0 for a blank page', () => {
    expect(skewAngle(new Uint8Array(800 * 1000).fill(250), 800, 1000)).toBe(0)
  })
})

describe('contrast of a scan', () => {
  it('stretches a faded scan between its ink and its paper', () => {
    const faded = new Uint8Array(10_000).map((_, index) => (index % 20 === 0 ? 95 : 205))
    expect(contrastLevels(faded)).toEqual({ black: 95, white: 205 })
  })

  it('does not take the grain of an almost empty page for ink', () => {
    const grain = new Uint8Array(10_000).map((_, index) => 225 + (index % 31))
    const levels = contrastLevels(grain)
    expect(levels.black).toBeLessThanOrEqual(110)
    expect(levels.white - levels.black).toBeGreaterThanOrEqual(100)
  })
})

describe('character error rate', () => {
  it.each([
    ['运城市人民政府', '运城市人民政府', 0],
    ['运城市人民政府', '运城市人民政', 1],
    ['运城市人民政府', '运域市人民政府', 1],
    ['运城市 人民\n政府', '运城市人民政府', 0],
    ['（运政发〔2022〕3号）', '(运政发〔2022〕3号)', 0],
  ])('%s against %s: %i errors', (reference, recognised, errors) => {
    expect(characterErrors(reference, recognised).errors).toBe(errors)
  })

  it('totals errors over lengths, and measures likeness', () => {
    expect(
      errorRate([
        { errors: 1, length: 10 },
        { errors: 0, length: 30 },
      ]),
    ).toBe(0.025)
    expect(errorRate([])).toBe(0)
    expect(editDistance(Array.from('kitten'), Array.from('sitting'))).toBe(3)
    expect(similarity('关于甲的通知', '关于乙的通知')).toBeCloseTo(5 / 6)
  })
})
