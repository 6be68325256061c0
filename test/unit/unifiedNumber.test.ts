import { describe, expect, it } from 'vitest'
import {
  defaultUnifiedNumberShapes,
  formatUnifiedNumber,
  guiShape,
  latinDashShape,
  paddedGuiShape,
  parseUnifiedNumber,
  type UnifiedNumberShape,
} from '../../core/documents/unifiedNumber'

describe('parseUnifiedNumber with the default 规字号 shape', () => {
  it('the default is the 规-series in GB/T form', () => {
    expect(defaultUnifiedNumberShapes).toEqual([guiShape])
  })

  it.each([
    '运政规〔2022〕1号',
    '运政规[2022]1号',
    '运政规(2022)1号',
    '运政规（2022）1号',
    '运政规【2022】1号',
    '运政规［2022］1号',
    '运政规 〔 2022 〕 1 号',
    '运政规\u3000〔2022〕\u00a01号',
    '运政规〔２０２２〕１号',
    '运政规〔2022〕第1号',
    '运政规〔2022〕001号',
    '运政规〔2022〕1',
  ])('%j → 运政规〔2022〕1号', (input) => {
    expect(parseUnifiedNumber(input)).toEqual({
      ok: true,
      shape: '规字号',
      code: '运政规',
      year: 2022,
      serial: 1,
      canonical: '运政规〔2022〕1号',
    })
  })

  it.each([
    ['', '统一编号为空'],
    [' \u3000', '统一编号为空'],
    ['运政办发〔2022〕18号', '规字号的代字应以“规”结尾'],
    ['规〔2022〕1号', '规字号的代字应以“规”结尾'],
    ['〔2022〕1号', '规字号的代字应以“规”结尾'],
    ['运政规〔22〕1号', '年份应为四位数字'],
    ['运政规〔20222〕1号', '年份应为四位数字'],
    ['运政规〔〕1号', '年份为空'],
    ['运政规〔1948〕1号', '年份1948不在合理范围'],
    ['运政规〔2101〕1号', '年份2101不在合理范围'],
    ['运政规〔2022〕0号', '序号不能为0'],
    ['运政规〔2022〕100000号', '序号100000过大'],
    ['HFGS—2017—9', '统一编号格式不符，应形如“运政规〔2022〕1号”（规字号）'],
    ['运政规2022-1', '统一编号格式不符'],
    ['运政规〔2022〕1号文', '统一编号格式不符'],
    ['garbage', '统一编号格式不符'],
  ])('%j is refused: %s', (input, reason) => {
    const result = parseUnifiedNumber(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toContain(reason)
  })

  it('boundary years and serials are accepted', () => {
    expect(parseUnifiedNumber('运政规〔1949〕99999号')).toMatchObject({ ok: true, canonical: '运政规〔1949〕99999号' })
    expect(parseUnifiedNumber('运政规〔2100〕1号')).toMatchObject({ ok: true, canonical: '运政规〔2100〕1号' })
  })
})

describe('parseUnifiedNumber with configured shapes', () => {
  it.each([
    ['杨管规〔2012〕001', '杨管规〔2012〕001'],
    ['杨管规[2012]001', '杨管规〔2012〕001'],
    ['杨管规〔2012〕1', '杨管规〔2012〕001'],
    ['杨管规（２０１２）０１', '杨管规〔2012〕001'],
    ['杨管规〔2012〕1234', '杨管规〔2012〕1234'],
  ])('padded shape: %j → %s', (input, canonical) => {
    expect(parseUnifiedNumber(input, [paddedGuiShape])).toMatchObject({ ok: true, shape: '规字号（三位序号）', canonical })
  })

  it('the padded shape has no 号', () => {
    expect(parseUnifiedNumber('杨管规〔2012〕001号', [paddedGuiShape])).toEqual({
      ok: false,
      reason: '统一编号格式不符，应形如“杨管规〔2012〕001”（规字号（三位序号））',
    })
  })

  it.each(['HFGS—2017—9', 'HFGS-2017-9', 'HFGS–2017–9', 'HFGS－2017－9', 'HFGS ― 2017 ― 9', 'ＨＦＧＳ—２０１７—９', 'HFGS—2017—009'])(
    'latin dash shape: %j → HFGS—2017—9',
    (input) => {
      expect(parseUnifiedNumber(input, [latinDashShape])).toEqual({
        ok: true,
        shape: '字母编号',
        code: 'HFGS',
        year: 2017,
        serial: 9,
        canonical: 'HFGS—2017—9',
      })
    },
  )

  it.each([
    ['hfgs—2017—9', '编号的代号应为大写拉丁字母'],
    ['HFGS—17—9', '年份应为四位数字'],
    ['HFGS—2017—0', '序号不能为0'],
    ['HFGS—2017', '统一编号格式不符'],
  ])('latin dash shape refuses %j: %s', (input, reason) => {
    const result = parseUnifiedNumber(input, [latinDashShape])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toContain(reason)
  })

  it('several shapes: the first that matches wins, the most specific reason is kept', () => {
    const shapes = [guiShape, latinDashShape]
    expect(parseUnifiedNumber('HFGS—2017—9', shapes)).toMatchObject({ ok: true, shape: '字母编号' })
    expect(parseUnifiedNumber('运政规[2022]1号', shapes)).toMatchObject({ ok: true, shape: '规字号' })
    expect(parseUnifiedNumber('HFGS—2101—9', shapes)).toMatchObject({ ok: false, reason: expect.stringContaining('年份2101') })
    expect(parseUnifiedNumber('xyz', shapes)).toEqual({
      ok: false,
      reason: '统一编号格式不符，应形如“运政规〔2022〕1号”（规字号）或“HFGS—2017—9”（字母编号）',
    })
  })

  it('a site can add a shape as data', () => {
    const squareBrackets: UnifiedNumberShape = { name: '方括号规字号', template: '{code}[{year}]第{serial:2}号' }
    expect(parseUnifiedNumber('晋规〔2020〕3号', [squareBrackets])).toMatchObject({ ok: true, canonical: '晋规[2020]第03号' })
    expect(parseUnifiedNumber('晋规[2020]第03', [squareBrackets])).toMatchObject({ ok: true, serial: 3 })
  })

  it('no shapes configured', () => {
    expect(parseUnifiedNumber('运政规〔2022〕1号', [])).toEqual({ ok: false, reason: '本站未配置统一编号格式' })
  })
})

describe('malformed shapes are configuration errors', () => {
  it.each([
    ['{code}〔{year}〕{number}号', /unknown placeholder \{number\}/],
    ['{code}〔{year}〕号', /missing \{serial\}/],
    ['〔{year}〕{serial}号', /missing \{code\}/],
    ['{code}{code}〔{year}〕{serial}号', /appears twice/],
    ['{code}〔{year:2}〕{serial}号', /unknown placeholder \{year:2\}/],
    ['{code}〔{year}〕{serial号', /stray brace/],
  ])('%j throws', (template, message) => {
    expect(() => parseUnifiedNumber('运政规〔2022〕1号', [{ name: 'bad', template }])).toThrow(message)
  })
})

describe('formatUnifiedNumber', () => {
  it.each([
    [guiShape, '运政规〔2022〕1号'],
    [paddedGuiShape, '运政规〔2022〕001'],
    [latinDashShape, '运政规—2022—1'],
  ])('%#', (shape, expected) => {
    expect(formatUnifiedNumber(shape, { code: '运政规', year: 2022, serial: 1 })).toBe(expected)
  })
})
