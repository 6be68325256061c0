import { describe, expect, it } from 'vitest'

import { compareTexts } from '../../../core/history/compareTexts'
import { changesByVersion, compareVersions } from '../../../core/history/versionChanges'
import { wordDiff } from '../../../core/history/wordDiff'
import { body } from './bodies'
import { threeVersions } from './threeVersions'

const statuses = (before: string[], after: string[]) =>
  compareTexts(body(before.join('\n\n')), body(after.join('\n\n'))).units.map((u) => [
    u.status,
    u.before?.label ?? null,
    u.after?.label ?? null,
  ])

describe('wordDiff: a changed word shows as a word', () => {
  it('marks 审核 → 审查 as the word, not the one character that differs', () => {
    expect(wordDiff('经审核合格的，发给批准文件', '经审查合格的，发给批准文件')).toEqual([
      { text: '经', change: 'same' },
      { text: '审核', change: 'removed' },
      { text: '审查', change: 'added' },
      { text: '合格的，发给批准文件', change: 'same' },
    ])
  })

  it('gives both texts back: kept and removed words are the old text, kept and added the new', () => {
    const before = '申请人取得信息网络安全和消防安全批准文件后'
    const after = '申请人执信息网络安全承诺书并取得消防安全批准文件后'
    const words = wordDiff(before, after)
    expect(
      words
        .filter((w) => w.change !== 'added')
        .map((w) => w.text)
        .join(''),
    ).toBe(before)
    expect(
      words
        .filter((w) => w.change !== 'removed')
        .map((w) => w.text)
        .join(''),
    ).toBe(after)
  })

  it('does not report a change of width or spacing', () => {
    expect(wordDiff('居民住宅楼(院)内', '居民住宅楼（院） 内')).toEqual([{ text: '居民住宅楼（院） 内', change: 'same' }])
  })
})

describe('compareTexts: articles matched by number and by content', () => {
  it('keeps unchanged articles and marks the one changed under its own number', () => {
    expect(statuses(['第一条 甲乙丙。', '第二条 许可证有效期为三年。'], ['第一条 甲乙丙。', '第二条 许可证有效期为五年。'])).toEqual([
      ['unchanged', '第一条', '第一条'],
      ['changed', '第二条', '第二条'],
    ])
  })

  it('an inserted article moves the later ones on: added, then renumbered, not changed', () => {
    expect(
      statuses(
        ['第一条 本办法适用于本市。', '第二条 申请人应当提交申请书。', '第三条 本办法自公布之日起施行。'],
        [
          '第一条 本办法适用于本市。',
          '第二条 市主管部门负责组织实施。',
          '第三条 申请人应当提交申请书。',
          '第四条 本办法自公布之日起施行。',
        ],
      ),
    ).toEqual([
      ['unchanged', '第一条', '第一条'],
      ['added', null, '第二条'],
      ['renumbered', '第二条', '第三条'],
      ['renumbered', '第三条', '第四条'],
    ])
  })

  it('a deleted article moves the later ones back; one changed and moved is matched by its content', () => {
    const comparison = compareTexts(
      body(
        [
          '第一条 本办法适用于本市。',
          '第二条 临时措施另行规定。',
          '第三条 申请人应当向区主管部门提交申请书和身份证明。',
          '第四条 本办法自公布之日起施行。',
        ].join('\n\n'),
      ),
      body(
        ['第一条 本办法适用于本市。', '第二条 申请人应当向市主管部门提交申请书和身份证明。', '第三条 本办法自公布之日起施行。'].join(
          '\n\n',
        ),
      ),
    )
    expect(comparison.units.map((u) => [u.status, u.before?.label ?? null, u.after?.label ?? null, u.moved])).toEqual([
      ['unchanged', '第一条', '第一条', false],
      ['deleted', '第二条', null, false],
      ['changed', '第三条', '第二条', true],
      ['renumbered', '第四条', '第三条', true],
    ])
    expect(comparison.summary).toEqual({
      changed: ['第二条'],
      added: [],
      deleted: ['第二条'],
      renumbered: [
        { from: '第三条', to: '第二条' },
        { from: '第四条', to: '第三条' },
      ],
    })
    expect(comparison.units[2]?.words?.filter((w) => w.change !== 'same')).toEqual([
      { text: '区', change: 'removed' },
      { text: '市', change: 'added' },
    ])
  })

  it('an article replaced by an unrelated one under the same number is deleted and added, not changed', () => {
    expect(
      statuses(['第一条 甲。', '第二条 排水许可证有效期为三年。'], ['第一条 甲。', '第二条 本办法自二〇二三年一月一日起施行。']),
    ).toEqual([
      ['unchanged', '第一条', '第一条'],
      ['deleted', '第二条', null],
      ['added', null, '第二条'],
    ])
  })

  it('compares a text without articles paragraph by paragraph', () => {
    const comparison = compareTexts(
      body(['各区人民政府：', '现将有关事项通知如下。', '请认真贯彻执行。'].join('\n\n')),
      body(['各区人民政府：', '现将有关事项通知如下。', '一、提高公开质量。', '请认真贯彻落实。'].join('\n\n')),
    )
    expect(comparison.shape).toBe('paragraphs')
    expect(comparison.units.map((u) => [u.status, u.before?.label ?? null, u.after?.label ?? null])).toEqual([
      ['unchanged', '第1段', '第1段'],
      ['unchanged', '第2段', '第2段'],
      ['added', null, '第3段'],
      ['changed', '第3段', '第4段'],
    ])
    expect(comparison.summary.renumbered).toEqual([])
  })
})

describe('the three versions compared', () => {
  it('lists what each version changed, derived from the texts', () => {
    expect(changesByVersion(threeVersions)).toEqual([
      {
        number: 2,
        kind: 'amendment',
        label: '2020年第一次修正',
        amendedBy: { type: 'document', documentId: 'shi-zhengfu-xiugai-jueding-2020' },
        changes: { changed: ['第四条'], added: [], deleted: [], renumbered: [] },
      },
      {
        number: 3,
        kind: 'revision',
        label: '2022年第一次修订',
        amendedBy: { type: 'citation', text: '示例市人民政府令第18号' },
        changes: {
          changed: ['第一条', '第二条', '第四条'],
          added: ['第三条'],
          deleted: [],
          renumbered: [
            { from: '第三条', to: '第四条' },
            { from: '第四条', to: '第五条' },
          ],
        },
      },
    ])
  })

  it('compares any two versions, and refuses one the history lacks', () => {
    expect(compareVersions(threeVersions, 1, 3).summary.changed).toEqual(['第一条', '第二条', '第四条', '第五条'])
    expect(() => compareVersions(threeVersions, 1, 4)).toThrow('没有第1或第4个版本：本文件共有3个版本')
  })
})
