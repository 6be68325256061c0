/** The extraction core never throws: empty, malformed and hostile input give a report. */
import { describe, expect, it } from 'vitest'

import { extractDocument } from '../../core/import/extractDocument'
import { extractionToJson } from '../../core/import/extractionJson'
import { pageText, parseHtml } from '../../cms/import/parseHtml'
import { extractedFields } from '../../core/import/types'

describe('empty and malformed input', () => {
  it.each([
    ['empty', ''],
    ['spaces and line breaks', ' \n\t\r\n\u3000\u00A0\n'],
    ['invisible characters', '\uFEFF\u200B\u200D'],
  ])('%s: 文件为空', (_name, text) => {
    const doc = extractDocument(text, { fileName: 'empty.txt' })
    expect(doc.report.doubts[0]).toBe('文件为空')
    expect(doc.report.doubts).toContain('未能识别标题')
    expect(doc.report.fieldsFound).toEqual([])
    expect(doc.report.fieldsMissing).toEqual([...extractedFields])
    expect(doc.body).toEqual([])
    expect(doc.fileName).toBe('empty.txt')
  })

  it.each([null, undefined, 42, {}, ['正文']])('a non-string (%j) is treated as empty', (value) => {
    expect(extractDocument(value as unknown as string).report.doubts[0]).toBe('文件为空')
    expect(pageText(parseHtml(value as unknown as string))).toBe('')
  })

  it.each([
    ['page furniture only', '上一条:某通知\n下一条:另一通知\n主办单位:某县人民政府 版权所有:某县人民政府\n![]() |'],
    ['metadata only', '索引号:\n734972044/201805-018\n发布日期:\n2018-05-16'],
    ['the addressee first', '各县(市、区)人民政府:\n现将有关事项通知如下,请认真贯彻落实。'],
    ['a paragraph first', '为认真贯彻落实有关精神,结合实际,制定如下实施方案。'],
  ])('%s: 未能识别标题', (_name, text) => {
    const doc = extractDocument(text)
    expect(doc.title).toBeUndefined()
    expect(doc.report.doubts).toContain('未能识别标题')
  })

  it('furniture-only text has no body', () => {
    const doc = extractDocument('上一条:某通知\n下一条:另一通知')
    expect(doc.body).toEqual([])
    expect(doc.report.doubts).toContain('未找到正文')
  })

  it.each([
    ['binary garbage', '\u0000\u0001\u0002\uFFFD\uFFFD PK\u0003\u0004 \u0010\u0011'],
    ['unbalanced brackets', '（（（(此件 〔〔〔2022〕〕 《《《》 ]]]]'],
    ['only punctuation', '。，、；：！？'.repeat(50)],
    ['a lone surrogate', '\uD800关于某事的通知\uDC00'],
    ['a title and nothing else', '运城市人民政府关于某事的通知'],
    ['dates everywhere', '2022年6月30日\n二〇二二年六月三十日\n2022年6月30日印发\n2022-06-30'],
  ])('%s: a result, not a throw', (_name, text) => {
    const doc = extractDocument(text)
    expect(Array.isArray(doc.body)).toBe(true)
    expect(JSON.parse(JSON.stringify(extractionToJson(doc)))).toEqual(extractionToJson(doc))
  })

  it('survives random text built from the characters documents use', () => {
    // A fixed-seed generator, so a failure can be reproduced.
    let state = 20220630
    const random = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state / 2 ** 31
    }
    const parts = [
      '运城市人民政府办公室',
      '关于',
      '的通知',
      '\n',
      '\n\n',
      ' ',
      '2022年6月30日',
      '二〇二二年六月三十日',
      '一、',
      '(一)',
      '1.',
      '。',
      ',',
      ':',
      '|',
      '(此件公开发布)',
      '索引号:',
      '发布日期:',
      '附件:',
      '本文件由',
      '负责解读',
      '上一条:',
      '主办单位',
      '![]()',
      '〔2022〕18号',
      '运政办发',
      '《',
      '》',
      '印发给你们',
    ]
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: Math.floor(random() * 80) }, () => parts[Math.floor(random() * parts.length)]).join('')
      const doc = extractDocument(text)
      expect(
        doc.report.doubts.some((d) => d.startsWith('解析失败')),
        text,
      ).toBe(false)
    }
  })

  // Speed is measured by scripts/bench (importBench); the generous timeout only catches
  // a quadratic blow-up, which would take minutes on a megabyte.
  it('reads a large file without a quadratic blow-up', { timeout: 60_000 }, () => {
    // About a megabyte each: a flattened page, a file of lines, and one line without a break.
    const paragraph = (i: number) =>
      `第${i}项,各级行政机关要严格落实政务公开制度,及时准确公开政府信息,切实保障人民群众知情权、参与权、表达权、监督权。`
    const title = '某县人民政府办公室关于某事的通知\n'
    const flattened = title + Array.from({ length: 15000 }, (_, i) => `${i % 50 === 0 ? '一、总体要求 ' : ''}${paragraph(i)}`).join(' ')
    const multiLine = title + Array.from({ length: 15000 }, (_, i) => paragraph(i)).join('\n')
    const unbroken = title + Array.from({ length: 15000 }, (_, i) => paragraph(i).replace('。', ',')).join(' ')
    for (const [text, blocks] of [
      [flattened, 15300],
      [multiLine, 15000],
      [unbroken, 1],
    ] as const) {
      const doc = extractDocument(text)
      expect(doc.body.length).toBe(blocks)
    }
  })

  it('extractionToJson gives null for every absent field', () => {
    expect(extractionToJson(extractDocument(''))).toEqual({
      fileName: null,
      title: null,
      docNumberRaw: null,
      docNumber: null,
      issuers: [],
      writtenDate: null,
      publishedDate: null,
      effectiveDate: null,
      expiresOn: null,
      repealedOn: null,
      interpretationBody: null,
      disclosure: null,
      indexNumber: null,
      subject: null,
      keywords: [],
      attachments: [],
      body: [],
      report: {
        fieldsFound: [],
        fieldsMissing: [...extractedFields],
        doubts: ['文件为空', '未能识别标题', '未找到发文机关', '未找到成文日期', '未找到正文'],
      },
    })
  })
})
