import { describe, expect, it } from 'vitest'

import { textStructure, type ArticleUnit } from '../../../core/history/textStructure'
import type { Block } from '../../../core/snapshot/schema'
import { body } from './bodies'

const articles = (blocks: Block[]): ArticleUnit[] =>
  textStructure(blocks).units.filter((unit): unit is ArticleUnit => unit.kind === 'article')

describe('textStructure: articles, 款 and 项 under their chapters', () => {
  const regulation = body(
    [
      '## 第一章 总则',
      '第一条 为了规范管理，制定本办法。',
      '第二条 本办法适用于本市。',
      '县级人民政府参照执行。',
      '## 第二章 许可',
      '## 第一节 申请',
      '第三条 申请人应当具备下列条件：',
      '（一）有固定场所；',
      '(二)有专业人员。',
      '前款规定的条件由市主管部门细化。',
      '## 第二节 审查',
      '第一百二十三条 审查机关应当在二十日内作出决定。',
      '第一百二十三条之一 决定应当书面告知。',
    ].join('\n\n'),
  )

  it('finds each article with its number, 款 and 项, and the chapter and section it stands under', () => {
    const found = articles(regulation)
    expect(found.map((a) => [a.key, a.label, a.number, a.sub])).toEqual([
      ['a1', '第一条', 1, null],
      ['a2', '第二条', 2, null],
      ['a3', '第三条', 3, null],
      ['a123', '第一百二十三条', 123, null],
      ['a123-1', '第一百二十三条之一', 123, 1],
    ])
    expect(found[1]?.paragraphs).toEqual([
      { text: '本办法适用于本市。', items: [] },
      { text: '县级人民政府参照执行。', items: [] },
    ])
    expect(found[2]?.paragraphs).toEqual([
      {
        text: '申请人应当具备下列条件：',
        items: [
          { number: 1, text: '（一）有固定场所；' },
          { number: 2, text: '(二)有专业人员。' },
        ],
      },
      { text: '前款规定的条件由市主管部门细化。', items: [] },
    ])
    expect(found[2]?.text).toBe('申请人应当具备下列条件：\n（一）有固定场所；\n(二)有专业人员。\n前款规定的条件由市主管部门细化。')
    expect(found.map((a) => a.context)).toEqual([
      ['第一章 总则'],
      ['第一章 总则'],
      ['第二章 许可', '第一节 申请'],
      ['第二章 许可', '第二节 审查'],
      ['第二章 许可', '第二节 审查'],
    ])
  })

  it('opens an article without a space only for the next number, so a 款 citing an article stays a 款', () => {
    const found = articles(
      body(
        [
          '第一条为了规范管理，制定本办法。',
          '第二条本办法适用于本市。',
          '第一条规定的事项，由市政府决定。',
          '第十五条第一款规定的期限可以延长。',
        ].join('\n\n'),
      ),
    )
    expect(found.map((a) => a.label)).toEqual(['第一条', '第二条'])
    expect(found[1]?.paragraphs.map((p) => p.text)).toEqual([
      '本办法适用于本市。',
      '第一条规定的事项，由市政府决定。',
      '第十五条第一款规定的期限可以延长。',
    ])
  })

  it('reads an imported text, run together (第二条中学…, 第三章经营), article by article under its chapters', () => {
    const found = articles(
      body(
        [
          '## 第二章设立',
          '第一条经营单位应当具备下列条件：',
          '（一）有企业的名称；',
          '第二条中学、小学校园周围200米范围内不得设立营业场所。',
          '## 第三章经营',
          '第三条经营单位不得经营非网络游戏。',
          '第二条中的“200米”由省级人民政府规定。',
        ].join('\n\n'),
      ),
    )
    expect(found.map((a) => [a.label, a.context.join(' ')])).toEqual([
      ['第一条', '第二章设立'],
      ['第二条', '第二章设立'],
      ['第三条', '第三章经营'],
    ])
    // 中的 still cites: that line is a 款 of 第三条.
    expect(found[2]?.paragraphs.map((p) => p.text)).toEqual(['经营单位不得经营非网络游戏。', '第二条中的“200米”由省级人民政府规定。'])
  })

  it('reads an ordered list inside an article as its 项, numbered as they would be typed', () => {
    const blocks: Block[] = [...body('第一条 下列事项应当公开：\n\n第二条 本办法自公布之日起施行。')]
    const list: Block = {
      type: 'list',
      ordered: true,
      items: [
        [{ text: '机构职能；', bold: false, italic: false, underline: false }],
        [{ text: '办事指南。', bold: false, italic: false, underline: false }],
      ],
    }
    blocks.splice(1, 0, list)
    expect(articles(blocks)[0]?.paragraphs[0]?.items).toEqual([
      { number: 1, text: '（一）机构职能；' },
      { number: 2, text: '（二）办事指南。' },
    ])
  })

  it('splits a paragraph with soft line breaks where an article starts, and joins a copy’s line wrap', () => {
    const found = articles(body('第一条 为了规范\n管理，制定本办法。\n第二条 本办法适用于本市。'))
    expect(found.map((a) => a.text)).toEqual(['为了规范管理，制定本办法。', '本办法适用于本市。'])
  })

  it('keeps what stands before the first article and after a closing heading as paragraphs', () => {
    const structure = textStructure(body(['各区人民政府：', '第一条 甲。', '第二条 乙。', '## 附件', '申请表样式'].join('\n\n')))
    expect(structure.shape).toBe('articles')
    expect(structure.units.map((u) => [u.kind, u.label])).toEqual([
      ['paragraph', '条文前第1段'],
      ['article', '第一条'],
      ['article', '第二条'],
      ['paragraph', '条文外第1段'],
      ['paragraph', '条文外第2段'],
    ])
  })

  it('falls back to paragraphs when the text has no articles (a notice, a work plan)', () => {
    const structure = textStructure(
      body(['各县（市、区）人民政府：', '## 一、总体要求', '（一）坚持公开为常态。', '第一条之外的文字不构成条文。'].join('\n\n')),
    )
    expect(structure.shape).toBe('paragraphs')
    expect(structure.units.map((u) => [u.label, u.text])).toEqual([
      ['第1段', '各县（市、区）人民政府：'],
      ['第2段', '一、总体要求'],
      ['第3段', '（一）坚持公开为常态。'],
      ['第4段', '第一条之外的文字不构成条文。'],
    ])
  })
})
