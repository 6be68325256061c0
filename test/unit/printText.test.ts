import { describe, expect, it } from 'vitest'

import { contentsPages } from '../../cms/print/contentsPages'
import { cssString } from '../../cms/print/printStyles'
import { escapeHtml } from '../../cms/print/escapeHtml'
import { normalizeForMatch, pagesContaining } from '../../cms/print/matchText'
import { readContentsPages } from '../../cms/print/readContentsPages'

describe('escapeHtml', () => {
  it.each([
    ['关于<script>alert(1)</script>的通知', '关于&lt;script&gt;alert(1)&lt;/script&gt;的通知'],
    ['A & B "引号" \'单引号\'', 'A &amp; B &quot;引号&quot; &#39;单引号&#39;'],
    ['&lt;', '&amp;lt;'],
    ['运政办发〔2022〕18号', '运政办发〔2022〕18号'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })
})

describe('cssString', () => {
  it('keeps Chinese text and escapes anything that could end the string or the style element', () => {
    expect(cssString('运城市人民政府公报 2022年第6期')).toBe('"运城市人民政府公报 2022年第6期"')
    const hostile = cssString('公报"; } </style><script>x</script>\\\n')
    expect(hostile.slice(1, -1)).not.toMatch(/[<>"\n;{}]/)
    expect(hostile).toContain('\\22 ')
    expect(hostile).toContain('\\3c ')
    expect(cssString('\\')).toBe('"\\5c "')
  })
})

describe('normalizeForMatch', () => {
  it.each([
    [
      'line breaks and spaces where a title wrapped',
      '运城市人民政府办公室关于印发\n运城市2022年 政务公开工作要点的通知',
      '运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知',
    ],
    ['full-width and half-width punctuation', '关于（试行）的通知：第一、二条，', '关于(试行)的通知:第一、二条,'],
    [
      'any bracket around the year',
      '运政办发〔2022〕18号 运政办发[2022]18号 运政办发【2022】18号',
      '运政办发(2022)18号运政办发(2022)18号运政办发(2022)18号',
    ],
    ['Kangxi radicals from a ToUnicode map', '运城市⼈⺠政府⽂件', '运城市人民政府文件'],
    ['radical-supplement look-alikes', '意⻅ 部⻔ ⻓期', '意见部门长期'],
    ['quotes and dashes', '“放管服”改革——试点', '"放管服"改革--试点'],
    ['invisible characters', '政务\u200b公开\u00ad', '政务公开'],
  ])('folds %s', (_case, input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected)
  })
})

describe('pagesContaining', () => {
  const pages = ['目 录\n关于印发\n政务公开要点的通知 3', '运城市⼈⺠政府公报\n关于印发政务\n公开要点的通知\n正文', '正文继续'].map(
    normalizeForMatch,
  )

  it('finds a title that wrapped across lines, on every page that has it', () => {
    expect(pagesContaining(pages, '关于印发政务公开要点的通知')).toEqual([1, 2])
  })

  it('finds nothing for an empty or absent title', () => {
    expect(pagesContaining(pages, '  ')).toEqual([])
    expect(pagesContaining(pages, '关于另一件事的通知')).toEqual([])
  })
})

describe('readContentsPages', () => {
  it('reads the number after each label, even when the next title starts with digits', () => {
    const text =
      '运城市人民政府公报 2022年第6期\n— 2 —\n目 录\n市政府文件\n关于甲的通知 3\n关于乙的\n通知（运政办发〔2022〕18号） 12\n部门文件\n2022年政务公开工作要点 20'
    const labels = ['关于甲的通知', '关于乙的通知（运政办发〔2022〕18号）', '2022年政务公开工作要点']
    expect(readContentsPages(text, labels)).toEqual([3, 12, 20])
  })

  it('gives null for a label that is not there or has no number', () => {
    expect(readContentsPages('关于甲的通知\n关于乙的通知 7', ['关于甲的通知', '关于丙的通知', '关于乙的通知'])).toEqual([null, null, 7])
  })

  it('stops at a running head between contents pages', () => {
    const text = '关于甲的通知 3\n运城市人民政府公报 2022年第6期\n— 3 —\n关于乙的通知 9'
    expect(readContentsPages(text, ['关于甲的通知', '关于乙的通知'])).toEqual([3, 9])
  })
})

describe('contentsPages', () => {
  const titles = ['关于甲的通知', '关于乙的通知', '关于丙的通知']
  it('recognises a contents page by several titles, and a page with one or two titles as body', () => {
    const pages = ['封面', '目 录\n关于甲的通知 3\n关于乙的通知 4\n关于丙的通知 5', '关于甲的通知\n正文', '关于乙的通知\n关于丙的通知'].map(
      normalizeForMatch,
    )
    expect([...contentsPages(pages, titles)]).toEqual([2])
  })

  it('counts two titles under a 目录 heading as contents', () => {
    const pages = ['目　录\n关于甲的通知 2\n关于乙的通知 3'].map(normalizeForMatch)
    expect([...contentsPages(pages, titles)]).toEqual([1])
  })
})
