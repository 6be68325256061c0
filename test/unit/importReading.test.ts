/** The importer's readers of a legacy file's parts: dates, spacing, organisation names, signature blocks, disclosure phrases, metadata tables and the header. */
import { describe, expect, it } from 'vitest'

import { findChineseDates, findFirstDate, readDateLine } from '../../core/import/chineseDate'
import { tightenSpacing } from '../../core/import/chineseText'
import { findDisclosureMark } from '../../core/import/disclosurePhrase'
import { readHeader, readMasthead } from '../../core/import/documentHeader'
import { extractDocument } from '../../core/import/extractDocument'
import { readMetadata } from '../../core/import/metadataFields'
import { isOrgName, organsInTitle, sameOrganization } from '../../core/import/orgNames'
import { type Piece } from '../../core/import/paragraphSplitting'
import { findSignatureBlocks } from '../../core/import/signatureBlock'

describe('dates', () => {
  it.each([
    ['2022年6月30日', '2022-06-30'],
    ['二〇二二年六月三十日', '2022-06-30'],
    ['二○二二年六月三十日', '2022-06-30'], // ○ (U+25CB) typed for 〇
    ['二零一九年七月十八日', '2019-07-18'],
    ['二〇二〇年十二月一日', '2020-12-01'],
    ['二〇二一年十月三十一日', '2021-10-31'],
    ['２０２２年６月３０日', '2022-06-30'],
    ['2022 年 6 月 30 日', '2022-06-30'],
    ['二〇二三年二月二十九日', null],
    ['2022年13月1日', null],
    ['2022年6月', null],
  ])('%s → %s', (text, expected) => {
    expect(findChineseDates(text)[0]?.value ?? null).toBe(expected)
    expect(readDateLine(text)?.value ?? null).toBe(expected)
  })

  it.each([
    ['2022年6月30日印发', '2022-06-30', '印发'],
    ['2022年6月30日', '2022-06-30', ''],
    ['2022年6月30日起施行', null, null],
    ['于2022年6月30日', null, null],
  ])('date line %s', (text, value, suffix) => {
    const line = readDateLine(text)
    expect(line?.value ?? null).toBe(value)
    expect(line?.suffix ?? null).toBe(suffix)
  })

  it.each([
    ['发布日期:2018-05-16 15:22:46', '2018-05-16'],
    ['2018/5/6', '2018-05-06'],
    ['2018.05.16', '2018-05-16'],
    ['成文于2019年7月18日，发布于2019-07-20', '2019-07-18'],
    ['2018-02-30', null],
    ['访问量:12', null],
  ])('first date in %s', (text, expected) => {
    expect(findFirstDate(text)?.value ?? null).toBe(expected)
  })
})

describe('spacing in Chinese text', () => {
  it.each([
    ['运城市 2022 年政务公开工作要点', '运城市2022年政务公开工作要点'],
    [
      '运城市人民政府办公室 关于印发运城市 2022 年政务公开工作要点的 通 知',
      '运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知',
    ],
    ['坚持公开就是监督, 以公开促服务', '坚持公开就是监督,以公开促服务'],
    ['抄送: 市委办公室', '抄送:市委办公室'],
    ['1. 规范办理流程', '1.规范办理流程'],
    ['完成时限: 2020年11月底前', '完成时限:2020年11月底前'],
    ['“第一新闻发言人” ,带头', '“第一新闻发言人”,带头'],
    ['网址http:// zwgkhlj.gov.cn', '网址http://zwgkhlj.gov.cn'],
    ['推进 IPv6 改造', '推进IPv6改造'],
    ['Windows  XP and Office', 'Windows XP and Office'],
    // A provision's number keeps its full-width space, as printed; only at the paragraph's start.
    ['第一条　为了规范 政府信息公开工作', '第一条\u3000为了规范政府信息公开工作'],
    ['第十二条 行政机关应当', '第十二条\u3000行政机关应当'],
    ['第二章  总  则', '第二章\u3000总则'],
    ['依照本条例第十条 规定', '依照本条例第十条规定'],
    ['第一条为了规范', '第一条为了规范'],
  ])('%s → %s', (text, expected) => {
    expect(tightenSpacing(text)).toBe(expected)
  })
})

describe('organisation names', () => {
  it.each([
    ['运城市人民政府办公室', true],
    ['锦州市政务公开领导小组', true],
    ['市旅游委', true],
    ['运城市人民政府办公室文书管理科', true],
    ['2019年7月18日', false],
    ['一、指导思想', false],
    ['钟楼区规范政务公开工作实施意见', false],
    ['办公室', false],
  ])('isOrgName(%s) = %s', (text, expected) => {
    expect(isOrgName(text)).toBe(expected)
  })

  it.each([
    ['区政府办公室', '常州市钟楼区人民政府办公室', true],
    ['市政府办公室', '运城市人民政府办公室', true],
    ['市旅游委', '市旅游委员会', true],
    ['运城市人民政府', '运城市人民政府办公室', false],
    ['市财政局', '市教育局', false],
    ['办公室', '运城市人民政府办公室', false],
  ])('sameOrganization(%s, %s) = %s', (a, b, expected) => {
    expect(sameOrganization(a, b)).toBe(expected)
    expect(sameOrganization(b, a)).toBe(expected)
  })

  it.each([
    ['锦州市政务公开领导小组关于印发2019年政务公开工作安排的通知', ['锦州市政务公开领导小组']],
    ['运城市财政局 运城市教育局关于做好学生资助工作的通知', ['运城市财政局', '运城市教育局']],
    ['运城市财政局、运城市教育局关于做好学生资助工作的通知', ['运城市财政局', '运城市教育局']],
    ['关于全面推进政务公开工作的实施方案', []],
    ['关于印发《关于进一步加强管理的意见》的通知', []],
  ])('organs in the title %s', (title, expected) => {
    expect(organsInTitle(title)).toEqual(expected)
  })
})

const piece = (text: string, kind: Piece['kind'] = 'text'): Piece => ({ kind, text, source: text })

describe('signature blocks', () => {
  it.each([
    ['organ and date on two lines', ['锦州市政务公开领导小组', '2019年7月18日'], ['锦州市政务公开领导小组'], '2019-07-18'],
    ['Chinese numerals', ['运城市人民政府', '二〇二二年六月三十日'], ['运城市人民政府'], '2022-06-30'],
    ['joint, on one line', ['运城市财政局 运城市教育局', '2022年6月30日'], ['运城市财政局', '运城市教育局'], '2022-06-30'],
    ['joint, one organ a line', ['运城市财政局', '运城市教育局', '2022年6月30日'], ['运城市财政局', '运城市教育局'], '2022-06-30'],
    ['date alone', ['请认真贯彻落实。', '2022年6月30日'], [], '2022-06-30'],
  ])('%s', (_name, texts, organs, date) => {
    const [block] = findSignatureBlocks(texts.map((t) => piece(t)))
    expect(block?.kind).toBe('signature')
    expect(block?.organs.map((o) => o.name)).toEqual(organs)
    expect(block?.date.value).toBe(date)
  })

  it('tells the 版记 印发 line from the signature', () => {
    const blocks = findSignatureBlocks(
      ['运城市人民政府办公室', '2022年6月30日', '抄送:市委办公室。', '运城市人民政府办公室文书管理科', '2022年6月30日印发'].map((t) =>
        piece(t),
      ),
    )
    expect(blocks.map((b) => b.kind)).toEqual(['signature', 'distribution'])
    expect(blocks[1]?.organs.map((o) => o.name)).toEqual(['运城市人民政府办公室文书管理科'])
  })

  const notice = (signature: string) =>
    `运城市人民政府办公室关于做好政务公开工作的通知\n\n各县(市、区)人民政府:\n\n现将有关事项通知如下,请认真贯彻落实。\n\n${signature}\n\n(此件公开发布)`

  it.each([
    ['运城市人民政府办公室\n\n2022年6月30日', ['运城市人民政府办公室'], '2022-06-30'],
    ['运城市人民政府办公室 2022年6月30日', ['运城市人民政府办公室'], '2022-06-30'],
    ['运城市人民政府办公室\n二〇二二年六月三十日', ['运城市人民政府办公室'], '2022-06-30'],
  ])('extractDocument reads the signature %j', (signature, issuers, date) => {
    const doc = extractDocument(notice(signature))
    expect(doc.issuers.map((i) => i.value)).toEqual(issuers)
    expect(doc.writtenDate?.value).toBe(date)
    expect(doc.body.filter((b) => b.type === 'paragraph' && b.align === 'end').map((b) => b.text)).toEqual([
      ...issuers,
      doc.writtenDate?.source,
    ])
  })

  it('says when the title names another organ than the signature', () => {
    const doc = extractDocument(notice('运城市人民政府\n\n2022年6月30日'))
    expect(doc.issuers.map((i) => i.value)).toEqual(['运城市人民政府'])
    expect(doc.report.doubts).toContain('标题中的发文机关“运城市人民政府办公室”与落款不一致')
  })

  it('reports a missing 成文日期', () => {
    const doc = extractDocument('关于做好政务公开工作的通知\n\n各单位:\n\n请认真贯彻落实。')
    expect(doc.writtenDate).toBeUndefined()
    expect(doc.report.doubts).toContain('未找到成文日期')
    expect(doc.report.fieldsMissing).toContain('writtenDate')
  })
})

describe('disclosure', () => {
  it.each([
    ['(此件公开发布)', 'proactive'],
    ['（此件公开发布）', 'proactive'],
    ['（此件主动公开）', 'proactive'],
    ['（此件依申请公开）', 'on-request'],
    ['此件依申请公开', 'on-request'],
    ['（此件不予公开）', 'not-disclosed'],
    ['此件不公开', 'not-disclosed'],
    ['请各单位做好公开工作。', null],
  ])('%s → %s', (text, expected) => {
    expect(findDisclosureMark(text)?.value ?? null).toBe(expected)
  })

  const withMark = (mark: string) => `市政府关于某事的通知\n\n各单位:\n\n请认真贯彻落实。\n\n运城市人民政府\n\n2022年6月30日\n\n${mark}`

  it.each([
    ['(此件公开发布)', 'proactive', '(此件公开发布)'],
    ['（此件不予公开）', 'not-disclosed', '（此件不予公开）'],
    ['（此件依申请公开）', 'on-request', '（此件依申请公开）'],
  ])('extractDocument: %s', (mark, value, source) => {
    expect(extractDocument(withMark(mark)).disclosure).toEqual({ value, source })
  })

  it.each([
    ['公开方式：依申请公开', 'on-request'],
    ['公开属性：主动公开', 'proactive'],
    ['公开方式：不予公开', 'not-disclosed'],
  ])('from the page metadata: %s', (line, value) => {
    expect(extractDocument(`${line}\n市政府关于某事的通知\n各单位:\n请认真贯彻落实。`).disclosure?.value).toBe(value)
  })

  it('a published page without a mark is proactive, with a doubt', () => {
    const doc = extractDocument('市政府关于某事的通知\n发布日期:2020-07-27 15:23\n各单位:\n请认真贯彻落实。')
    expect(doc.disclosure).toEqual({ value: 'proactive', source: '发布日期:2020-07-27 15:23' })
    expect(doc.report.doubts).toContain('未见公开属性标注；文件已在政府网站公开发布，暂按主动公开填写')
  })

  it('a plain text without a mark has no attribute', () => {
    expect(extractDocument(withMark('')).disclosure).toBeUndefined()
  })
})

describe('metadata tables', () => {
  const read = (text: string) => {
    const metadata = readMetadata(text.split('\n'))
    return { values: Object.fromEntries(metadata.values.map((v) => [v.label, v.value])), consumed: [...metadata.consumed] }
  }

  it.each([
    [
      'label on one line, value on the next (seed 004)',
      '索引号:\n734972044/201805-018\n主题分类:\n商贸、海关、旅游',
      { 索引号: '734972044/201805-018', 主题分类: '商贸、海关、旅游' },
      [0, 1, 2, 3],
    ],
    [
      'label:value on one line',
      '索引号：734972044/201805-018\n发布日期：2018-05-16',
      { 索引号: '734972044/201805-018', 发布日期: '2018-05-16' },
      [0, 1],
    ],
    ['several pairs on one line', '发布日期: 2021-04-23 来源:政府办 浏览次数: |', { 发布日期: '2021-04-23', 来源: '政府办' }, [0]],
    ['empty labels in a row', '来源:作者:点击:', {}, [0]],
    ['an empty label before another label', '文号:\n关键字:\n政务公开 舆情', { 关键字: '政务公开 舆情' }, [0, 1, 2]],
    ['an empty date label before a line that is no date', '废止日期:\n关于全面推进政务公开工作的实施方案', {}, [0]],
    [
      'table row from htmlToText',
      '索引号 | 734972044/201805-018 | 主题分类 | 商贸、海关、旅游',
      { 索引号: '734972044/201805-018', 主题分类: '商贸、海关、旅游' },
      [0],
    ],
    [
      'table row with colons',
      '索引号： | 734972044/201805-018 | 发布机构： | 市旅游委',
      { 索引号: '734972044/201805-018', 发布机构: '市旅游委' },
      [0],
    ],
    [
      'labels padded with spaces',
      '文　　号：运政办发〔2022〕18号\n名 称: 关于某事的通知',
      { 文号: '运政办发〔2022〕18号', 名称: '关于某事的通知' },
      [0, 1],
    ],
    ['a sentence is not metadata', '各单位要及时公开索引号:等信息。', {}, []],
  ])('%s', (_name, text, values, consumed) => {
    const result = read(text)
    expect(result.values).toEqual(values)
    expect(result.consumed).toEqual(consumed)
  })

  it.each([
    ['关键字:\n政务公开 舆情 工作', ['政务公开', '舆情', '工作']],
    ['关键词：政务公开，工作要点', ['政务公开', '工作要点']],
    ['主题词：政务公开、通知', ['政务公开', '通知']],
  ])('keywords %j', (text, keywords) => {
    expect(extractDocument(`${text}\n市政府关于某事的通知\n各单位:\n请认真贯彻落实。`).keywords?.value).toEqual(keywords)
  })

  it('reads every field a disclosure page prints', () => {
    const page = [
      '索引号:',
      '734972044/201805-018',
      '发布机构:',
      '市旅游委',
      '主题分类:',
      '商贸、海关、旅游',
      '文号:',
      '运旅发[2018]3号',
      '成文日期:',
      '2018-05-10',
      '发布日期:',
      '2018-05-16 15:22:46',
      '生效日期:',
      '2018-05-16',
      '有效期至:',
      '2023-05-15',
      '废止日期:',
      '2020-01-01',
      '关于全面推进政务公开工作的实施方案',
      '为认真贯彻落实有关精神,制定如下实施方案。',
    ].join('\n')
    const doc = extractDocument(page)
    expect(doc.indexNumber?.value).toBe('734972044/201805-018')
    expect(doc.docNumber?.value).toEqual({ raw: '运旅发[2018]3号', strict: '运旅发〔2018〕3号' })
    expect(doc.issuers.map((i) => i.value)).toEqual(['市旅游委'])
    expect([
      doc.writtenDate?.value,
      doc.publishedDate?.value,
      doc.effectiveDate?.value,
      doc.expiresOn?.value,
      doc.repealedOn?.value,
    ]).toEqual(['2018-05-10', '2018-05-16', '2018-05-16', '2023-05-15', '2020-01-01'])
    expect(doc.title?.value).toBe('关于全面推进政务公开工作的实施方案')
    expect(doc.body).toEqual([{ type: 'paragraph', text: '为认真贯彻落实有关精神,制定如下实施方案。', align: 'start' }])
  })

  it('reports an unreadable 文号 and a 名称 that disagrees with the title', () => {
    const doc = extractDocument('文号：运旅发2018年3号\n名称：关于另一件事的通知\n关于某事的通知\n各单位:\n请认真贯彻落实。')
    expect(doc.docNumber?.value).toEqual({ raw: '运旅发2018年3号', strict: null })
    expect(doc.report.doubts.some((d) => d.startsWith('发文字号“运旅发2018年3号”无法识别'))).toBe(true)
    expect(doc.report.doubts).toContain('标题与网页元数据中的名称“关于另一件事的通知”不一致')
  })
})

describe('document header', () => {
  const header = (text: string) => {
    const h = readHeader(text.split('\n'), new Set())
    return { masthead: h.masthead?.value, number: h.docNumber?.value, title: h.title?.value }
  }

  it.each([
    [
      'title then number',
      '锦州市政务公开领导小组关于印发2019年政务公开工作安排的通知\n\n锦政公领发〔2019〕1号\n\n各单位:',
      {
        masthead: undefined,
        number: { raw: '锦政公领发〔2019〕1号', strict: '锦政公领发〔2019〕1号' },
        title: '锦州市政务公开领导小组关于印发2019年政务公开工作安排的通知',
      },
    ],
    [
      '版头, number, spaced title',
      '运城市人民政府办公室文件\n\n运政办发[2022]18号\n\n运城市人民政府办公室 关于印发运城市 2022 年政务公开工作要点的 通 知\n\n各县:',
      {
        masthead: '运城市人民政府办公室',
        number: { raw: '运政办发[2022]18号', strict: '运政办发〔2022〕18号' },
        title: '运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知',
      },
    ],
    [
      'title over three lines',
      '运城市人民政府办公室\n关于印发运城市2022年政务公开\n工作要点的通知\n各县:',
      { masthead: undefined, number: undefined, title: '运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知' },
    ],
    [
      'number with 签发人',
      '运政发（2022）第018号    签发人：张三\n运城市人民政府关于某事的请示\n市政府:',
      {
        masthead: undefined,
        number: { raw: '运政发（2022）第018号', strict: '运政发〔2022〕18号' },
        title: '运城市人民政府关于某事的请示',
      },
    ],
    [
      'a site banner above the title',
      '运城市人民政府\n运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知\n各县:',
      { masthead: undefined, number: undefined, title: '运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知' },
    ],
    [
      'no title: the text starts with the addressee',
      '各县(市、区)人民政府:\n现将有关事项通知如下。',
      { masthead: undefined, number: undefined, title: undefined },
    ],
    [
      'no title: the text starts with a heading',
      '一、总体要求\n要做好工作。',
      { masthead: undefined, number: undefined, title: undefined },
    ],
    [
      'no title: the text starts with a sentence',
      '为认真贯彻落实有关精神,制定如下实施方案。',
      { masthead: undefined, number: undefined, title: undefined },
    ],
  ])('%s', (_name, text, expected) => {
    expect(header(text)).toEqual(expected)
  })

  it.each([
    ['运城市人民政府办公室文件', '运城市人民政府办公室'],
    ['中共运城市委员会文件', '中共运城市委员会'],
    ['运城市人民政府办公室关于印发文件', null],
    ['文件', null],
  ])('版头 %s', (line, expected) => {
    expect(readMasthead(line)).toBe(expected)
  })
})
