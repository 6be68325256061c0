/** The importer's reading of a legacy file's structure: attachments, body blocks, page furniture, and the validity and interpretation clauses. */
import { describe, expect, it } from 'vitest'

import type { Piece } from '../../core/import/paragraphSplitting'

import { findAttachments } from '../../core/import/attachments'
import { headingLevel } from '../../core/import/bodyBlocks'
import { extractDocument } from '../../core/import/extractDocument'
import { joinPageBreaks } from '../../core/import/pageBreaks'
import { isFurnitureLine, stripDecorations } from '../../core/import/pageFurniture'
import { findAttachedTitles, isFlattened, splitAddressee, splitLine } from '../../core/import/paragraphSplitting'
import { findRepeatedRuns } from '../../core/import/repeatedText'

const piece = (text: string, kind: Piece['kind'] = 'text'): Piece => ({ kind, text, source: text })

describe('attachments', () => {
  it.each([
    ['one line', ['附件：1.政务公开事项清单 2.工作任务分工表'], ['政务公开事项清单', '工作任务分工表']],
    ['one item a line', ['附件：1.政务公开事项清单', '2.工作任务分工表', '运城市人民政府'], ['政务公开事项清单', '工作任务分工表']],
    ['names on the lines after', ['附件:', '1.政务公开事项清单；', '2.工作任务分工表。'], ['政务公开事项清单', '工作任务分工表']],
    ['a single attachment', ['附件：运城市2022年政务公开工作要点'], ['运城市2022年政务公开工作要点']],
    ['none', ['请认真贯彻落实。'], null],
  ])('%s', (_name, lines, expected) => {
    expect(findAttachments(lines)?.value ?? null).toEqual(expected)
  })

  it('extractDocument lists them and keeps the lines in the body', () => {
    const doc = extractDocument(
      '运城市人民政府关于某事的通知\n各单位:\n请认真贯彻落实。\n附件：1.政务公开事项清单\n2.工作任务分工表\n运城市人民政府\n2022年6月30日',
    )
    expect(doc.attachments?.value).toEqual(['政务公开事项清单', '工作任务分工表'])
    expect(doc.attachments?.source).toBe('附件：1.政务公开事项清单\n2.工作任务分工表')
    expect(doc.body.map((b) => b.text)).toContain('附件：1.政务公开事项清单')
  })
})

describe('body structure', () => {
  it.each([
    ['一、坚持公开就是承诺,以公开促落实', 2],
    ['六、保障措施', 2],
    ['(一)以权威发布促落实', 3],
    ['（一）以权威发布促落实', 3],
    ['(十八)办好政府公报电子版。部门规范性文件制发后,要及时报送。', null],
    ['1.健全清单管理制度。建立健全行政许可事项目录清单。', null],
    ['1.健全清单管理制度', null],
    ['第一章 总则', 2],
    ['第一条 为了规范管理,制定本办法。', null],
    ['本文件由市政府办公室负责解读。', null],
  ])('heading level of %s → %s', (text, level) => {
    expect(headingLevel(text)).toBe(level)
  })

  it('splits a flattened line at sentence ends, numbered items and after headings', () => {
    const sentence = '这是一段足够长的正文,用来说明压平的网页文本在每个段落结束处只留下一个空格。'
    const line = `${sentence.repeat(4)} 一、指导思想 以人民为中心。${sentence.repeat(3)} 二、基本原则 (一)标准清晰。${sentence} (二)程序规范。${sentence} 1.县发改局负责 编制目录; 2.县教体局负责编制目录。`
    expect(isFlattened(line)).toBe(true)
    expect(splitLine(line)).toEqual([
      sentence.repeat(4),
      '一、指导思想',
      `以人民为中心。${sentence.repeat(3)}`,
      '二、基本原则',
      `(一)标准清晰。${sentence}`,
      `(二)程序规范。${sentence}`,
      '1.县发改局负责 编制目录;',
      '2.县教体局负责编制目录。',
    ])
  })

  it('keeps a paragraph with PDF line-wrap spaces whole', () => {
    const line = '持续做好政府公报工作,做到出版形式规范、刊登内容全面。 要适应移动互联网发展趋势,推出适合各类移动端展示的电子版。'
    expect(isFlattened(line)).toBe(false)
    expect(splitLine(line)).toEqual([line])
    // But "。(…牵头…) 所有…" starts a paragraph.
    expect(splitLine('和公布。(市审批服务管理局牵头, 11月底前完成) 所有需现场办理的场所。')).toEqual([
      '和公布。(市审批服务管理局牵头, 11月底前完成)',
      '所有需现场办理的场所。',
    ])
  })

  it.each([
    [
      '各县(市、区)人民政府,市直各有关单位:《运城市2022年政务公开工作要点》已经市人民政府同意。',
      ['各县(市、区)人民政府,市直各有关单位:', '《运城市2022年政务公开工作要点》已经市人民政府同意。'],
    ],
    ['开发区、各街道,区各有关单位: 现将《实施意见》印发给你们。', ['开发区、各街道,区各有关单位:', '现将《实施意见》印发给你们。']],
    ['具体工作分工如下:1.县发改局负责。', null],
    ['为贯彻落实精神。现通知如下:', null],
  ])('addressee in %s', (text, expected) => {
    expect(splitAddressee(text)).toEqual(expected)
  })

  it('finds the titles a covering notice distributes', () => {
    const text =
      '现将《2019年政务公开工作安排》印发给你们。《运城市 2022 年政务公开工作要点》已经市人民政府同意,现印发给你们。根据《政府信息公开条例》(国务院令第711号)。'
    expect([...findAttachedTitles(text)]).toEqual(['2019年政务公开工作安排', '运城市2022年政务公开工作要点'])
  })

  it.each([
    [
      ['对政策落实“层层推脱”或“层层加码”的现象应及时予以纠正,狠抓政策落实,维护政令统一,推动政策落实不偏不', '倚、准确到位。'],
      ['对政策落实“层层推脱”或“层层加码”的现象应及时予以纠正,狠抓政策落实,维护政令统一,推动政策落实不偏不倚、准确到位。'],
    ],
    [
      ['各级各部门主要负责人年内至少听取一次政务公开工作汇', '报,并将政务公开作为重要内容。'],
      ['各级各部门主要负责人年内至少听取一次政务公开工作汇报,并将政务公开作为重要内容。'],
    ],
    [
      ['(一)以权威发布促落实', '要维护行政机关政令发布的权威性。'],
      ['(一)以权威发布促落实', '要维护行政机关政令发布的权威性。'],
    ],
    [
      ['请认真贯彻落实,做好工作', '(二)以精准解读促落实'],
      ['请认真贯彻落实,做好工作', '(二)以精准解读促落实'],
    ],
    [
      ['请认真贯彻落实,确保', '运城市人民政府办公室'],
      ['请认真贯彻落实,确保', '运城市人民政府办公室'],
    ],
    [
      ['运城市人民政府办公室关于印发运城市政务公开工作要点的通知', '运政办发〔2022〕18号'],
      ['运城市人民政府办公室关于印发运城市政务公开工作要点的通知', '运政办发〔2022〕18号'],
    ],
  ])('page breaks %j', (texts, expected) => {
    expect(joinPageBreaks(texts.map((t) => piece(t))).pieces.map((p) => p.text)).toEqual(expected)
  })

  it('finds runs of paragraphs a doubled page repeats, not single repeated lines', () => {
    const long = (n: number) => `第${n}段正文,内容足够长,用来判断重复出现的整段文字是否属于页面重复,而不是文件本身重复的短句。`.repeat(2)
    expect([...findRepeatedRuns([long(1), long(2), long(3), long(4), long(1), long(2), long(3), long(4)])]).toEqual([4, 5, 6, 7])
    expect([...findRepeatedRuns(['(各级各部门分别负责)', long(1), '(各级各部门分别负责)', long(2)])]).toEqual([])
    expect([...findRepeatedRuns([long(1), long(2), '2022年6月30日', long(3), long(1), long(2)])]).toEqual([4, 5])
  })

  it('a (一) heading run into its paragraph is split where its siblings end', () => {
    const text = [
      '四、坚持公开就是晒权,以公开促廉政',
      '(一)以权责清单公开促廉政在政府门户网站及时公布清单。清单要逐项注明依据。',
      '(二)以重大建设项目信息公开促廉政',
      '严格落实国家关于重大建设项目信息公开规定。',
      '(三)以财政信息公开促廉政',
      '市财政局牵头扩大预决算公开范围。',
    ].join('\n')
    const body = extractDocument(`运城市人民政府关于某事的通知\n各单位:\n${text}`).body
    expect(body.slice(1, 4)).toEqual([
      { type: 'heading', level: 2, text: '四、坚持公开就是晒权,以公开促廉政' },
      { type: 'heading', level: 3, text: '(一)以权责清单公开促廉政' },
      { type: 'paragraph', text: '在政府门户网站及时公布清单。清单要逐项注明依据。', align: 'start' },
    ])
  })
})

describe('page furniture', () => {
  it.each([
    ['上一条:锦州市人民政府办公室关于印发……', true],
    ['下一条：锦州市人民政府关于印发……的通知', true],
    ['主办单位:集贤县人民政府 承办单位:集贤县人民政府发展研究中心 版权所有:集贤县人民政府', true],
    ['当前位置：首页 > 政务公开 > 政策文件', true],
    ['首页 > 政务公开', true],
    ['【打印本页】【关闭窗口】', true],
    ['【字体：大 中 小】', true],
    ['各单位要明确主办单位和协办单位的职责。', false],
    ['现将《2019年政务公开工作安排》印发给你们。', false],
  ])('%s → furniture %s', (line, expected) => {
    expect(isFurnitureLine(line)).toBe(expected)
  })

  it.each([
    ['![]() |', ''],
    ['区政府办公室关于印发规范政务公开工作实施意见的通知 |', '区政府办公室关于印发规范政务公开工作实施意见的通知'],
    ['(此文不代表本网站观点,仅代表作者言论,由此文引发的各种争议,本网站声明免责,也不承担连带责任。)', ''],
    ['正文![图片](a.png)继续', '正文 继续'],
  ])('decorations of %s', (line, expected) => {
    expect(stripDecorations(line)).toBe(expected)
  })

  it('drops the footer a line runs into', () => {
    const doc = extractDocument(
      '市政府关于某事的通知\n各单位:\n请认真贯彻落实。 | 主办单位:集贤县人民政府 版权所有:集贤县人民政府 黑ICP备09008588号',
    )
    expect(doc.body.map((b) => b.text)).toEqual(['各单位:', '请认真贯彻落实。'])
  })
})

describe('validity and interpretation', () => {
  it('reads 施行日期 and 有效期至 from the closing clause', () => {
    const doc = extractDocument(
      '运城市人民政府关于印发某某管理办法的通知\n各县(市、区)人民政府:\n第一条 为了规范管理,制定本办法。\n第二十条 本办法自2022年7月1日起施行,有效期5年。\n本文件由市司法局负责解读。\n运城市人民政府\n2022年6月30日',
    )
    expect(doc.effectiveDate?.value).toBe('2022-07-01')
    expect(doc.expiresOn?.value).toBe('2027-06-30')
    expect(doc.effectiveDate?.source).toContain('本办法自2022年7月1日起施行')
    expect(doc.interpretationBody).toEqual({ value: '市司法局', source: '本文件由市司法局负责解读。' })
  })

  it('leaves a date of a cited document alone', () => {
    const doc = extractDocument(
      '运城市人民政府关于某事的通知\n各单位:\n《某某条例》自2019年5月15日起施行,各单位要认真落实。\n请认真贯彻落实。\n一、总体要求\n要做好工作。\n二、保障措施\n要加强领导。\n运城市人民政府\n2022年6月30日',
    )
    expect(doc.effectiveDate).toBeUndefined()
  })
})
