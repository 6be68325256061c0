import { describe, expect, it } from 'vitest'
import { defaultIndexNumberPattern, formatIndexNumber, parseIndexNumber, validateOrgCode } from '../../core/documents/indexNumber'

const seedPattern = '{orgCode}/{year}{month:2}-{serial:3}'

describe('validateOrgCode', () => {
  it.each(['000014349', '734972044', '123456788', 'MA0X1234X', 'ABCDEFGH5', '40000000X', '000000000'])('%s is valid', (code) => {
    expect(validateOrgCode(code)).toBe(true)
  })

  it.each([
    ['', '组织机构代码为空'],
    ['73497204', '组织机构代码应为9位，现为8位'],
    ['7349720440', '组织机构代码应为9位，现为10位'],
    ['abcdefgh5', '组织机构代码中的字母应为大写'],
    ['7349-2044', '组织机构代码前8位只能是数字或大写字母'],
    ['734972０44', '组织机构代码前8位只能是数字或大写字母'],
    ['73497204A', '组织机构代码最后一位（校验码）只能是数字或X'],
    ['734972045', '组织机构代码校验码不符：按前8位应为“4”，现为“5”'],
    ['40000000 ', '最后一位（校验码）只能是数字或X'],
    ['400000009', '按前8位应为“X”'],
  ])('%j → %s', (code, reason) => {
    const result = validateOrgCode(code)
    expect(typeof result).toBe('string')
    expect(result).toContain(reason)
  })
})

describe('formatIndexNumber', () => {
  it.each([
    [defaultIndexNumberPattern, '000014349', '2024-03-01', 12, '000014349/2024-00012'],
    [defaultIndexNumberPattern, '000014349', '2024-12-31', 1, '000014349/2024-00001'],
    [defaultIndexNumberPattern, '000014349', '2024-01-01', 99999, '000014349/2024-99999'],
    [seedPattern, '734972044', '2018-05-16', 18, '734972044/201805-018'],
    [seedPattern, '734972044', '2018-12-01', 999, '734972044/201812-999'],
    ['{orgCode}-{year}{month:2}{day:2}-{serial:4}', 'MA0X1234X', '2022-06-30', 7, 'MA0X1234X-20220630-0007'],
    ['{year}/{month}/{day}/{serial}', '', '2022-06-03', 1234567, '2022/6/3/1234567'],
    ['{orgCode}/{year}-{serial}', '000014349', '2024-03-01', 12, '000014349/2024-12'],
  ])('%s with %s, %s, %i → %s', (pattern, orgCode, date, serial, expected) => {
    expect(formatIndexNumber(pattern, { orgCode, date, serial })).toBe(expected)
  })

  it.each([
    [{ orgCode: '734972045', date: '2018-05-16', serial: 1 }, '组织机构代码校验码不符'],
    [{ orgCode: '', date: '2018-05-16', serial: 1 }, '组织机构代码为空'],
    [{ orgCode: '734972044', date: '2023-02-29', serial: 1 }, '日期“2023-02-29”无效'],
    [{ orgCode: '734972044', date: '2018/05/16', serial: 1 }, '日期“2018/05/16”无效'],
    [{ orgCode: '734972044', date: '2018-05-16', serial: 0 }, '序号应为正整数，现为0'],
    [{ orgCode: '734972044', date: '2018-05-16', serial: -3 }, '序号应为正整数'],
    [{ orgCode: '734972044', date: '2018-05-16', serial: 1.5 }, '序号应为正整数'],
    [{ orgCode: '734972044', date: '2018-05-16', serial: 1000 }, '序号1000超出索引号格式的3位'],
  ])('refuses %j: %s', (input, message) => {
    expect(() => formatIndexNumber(seedPattern, input)).toThrow(message)
  })

  it('does not ask for an organisation code the pattern does not print', () => {
    expect(formatIndexNumber('{year}-{serial:5}', { orgCode: '', date: '2024-03-01', serial: 12 })).toBe('2024-00012')
  })
})

describe('parseIndexNumber', () => {
  it.each([
    [defaultIndexNumberPattern, '000014349/2024-00012', { orgCode: '000014349', year: 2024, serial: 12 }],
    [defaultIndexNumberPattern, ' 000014349/2024-00012\n', { orgCode: '000014349', year: 2024, serial: 12 }],
    [defaultIndexNumberPattern, '０００014349／2024－00012', { orgCode: '000014349', year: 2024, serial: 12 }],
    [seedPattern, '734972044/201805-018', { orgCode: '734972044', year: 2018, month: 5, serial: 18 }],
    [
      '{orgCode}-{year}{month:2}{day:2}-{serial:4}',
      'MA0X1234X-20240229-0007',
      { orgCode: 'MA0X1234X', year: 2024, month: 2, day: 29, serial: 7 },
    ],
    ['{year}/{month}/{day}/{serial}', '2022/6/3/1234567', { year: 2022, month: 6, day: 3, serial: 1234567 }],
  ])('%s: %j', (pattern, text, parts) => {
    expect(parseIndexNumber(pattern, text)).toEqual(parts)
  })

  it.each([
    [defaultIndexNumberPattern, ''],
    [defaultIndexNumberPattern, 'garbage'],
    [defaultIndexNumberPattern, '000014349/2024-0012'],
    [defaultIndexNumberPattern, '000014349/2024-000012'],
    [defaultIndexNumberPattern, '000014349/2024-00000'],
    [defaultIndexNumberPattern, '000014348/2024-00012'],
    [defaultIndexNumberPattern, '00014349/2024-00012'],
    [defaultIndexNumberPattern, '000014349/24-00012'],
    [defaultIndexNumberPattern, '734972044/201805-018'],
    [seedPattern, '734972044/201813-018'],
    [seedPattern, '734972044/201800-018'],
    [seedPattern, '000014349/2024-00012'],
    ['{orgCode}-{year}{month:2}{day:2}-{serial:4}', 'MA0X1234X-20230229-0007'],
    ['{orgCode}-{year}{month:2}{day:2}-{serial:4}', 'MA0X1234X-20230431-0007'],
  ])('%s refuses %j', (pattern, text) => {
    expect(parseIndexNumber(pattern, text)).toBeNull()
  })

  it('round-trips what formatIndexNumber builds', () => {
    const text = formatIndexNumber(seedPattern, { orgCode: '734972044', date: '2018-05-16', serial: 18 })
    expect(parseIndexNumber(seedPattern, text)).toEqual({ orgCode: '734972044', year: 2018, month: 5, serial: 18 })
  })
})

describe('malformed patterns throw', () => {
  it.each([
    ['{orgCode}/{year}-{number:5}', /unknown placeholder \{number:5\}/],
    ['{orgCode}/{year}-{Serial}', /unknown placeholder \{Serial\}/],
    ['{orgCode}/{year}', /missing \{serial\}/],
    ['{orgCode}/{year}-{serial:5}-{serial}', /appears twice/],
    ['{orgCode}/{year:2}-{serial:5}', /unsupported width in \{year:2\}/],
    ['{orgCode:9}/{year}-{serial:5}', /unsupported width/],
    ['{orgCode}/{year}-{serial:0}', /unsupported width/],
    ['{orgCode}/{year}-{serial:5', /malformed placeholder/],
    ['{orgCode}/{year}-serial:5}', /malformed placeholder/],
    ['{orgCode}/{year}-{}', /malformed placeholder|unknown placeholder/],
    ['{orgCode}/{year}{month}{serial}', /directly follows another variable-width number/],
    ['{constructor}/{serial}', /unknown placeholder \{constructor\}/],
  ])('%j', (pattern, message) => {
    expect(() => formatIndexNumber(pattern, { orgCode: '000014349', date: '2024-03-01', serial: 1 })).toThrow(message)
    expect(() => parseIndexNumber(pattern, '000014349/2024-00001')).toThrow(message)
  })
})
