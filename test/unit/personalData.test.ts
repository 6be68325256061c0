import { describe, expect, it } from 'vitest'
import {
  idCheckDigit,
  isResidentIdNumber,
  luhnValid,
  maskHit,
  maskValue,
  personalDataKinds,
  personalDataLabels,
  personalDataSeverity,
  redact,
  scanPersonalData,
  summarizeHits,
  type PersonalDataHit,
} from '../../core/personalData/index'

// All numbers below are synthetic: built from the algorithms, with example.* mailboxes.
const TODAY = '2025-01-01'
const scan = (text: string): PersonalDataHit[] => scanPersonalData(text, { today: TODAY })
const shapes = (text: string) => scan(text).map(({ kind, text: value }) => [kind, value])

/** GB 11643 written out from the standard: weight 2^(17-i) mod 11, check (12 - sum mod 11) mod 11. */
function referenceCheck(first17: string): string {
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * (2 ** (17 - i) % 11), 0)
  const value = (12 - (sum % 11)) % 11
  return value === 10 ? 'X' : String(value)
}
const idNumber = (region: string, birth: string, serial: string): string =>
  region + birth + serial + referenceCheck(region + birth + serial)
const wrongCheck = (id: string): string => {
  const right = id.slice(17)
  return id.slice(0, 17) + (right === '0' ? '1' : '0')
}

/** Appends the Luhn check digit. */
function luhnComplete(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnReference(partial + d)) return partial + d
  throw new Error('unreachable')
}
function luhnReference(digits: string): boolean {
  const sum = [...digits].reverse().reduce((acc, c, i) => {
    const doubled = i % 2 ? Number(c) * 2 : Number(c)
    return acc + (doubled > 9 ? doubled - 9 : doubled)
  }, 0)
  return sum % 10 === 0
}
const group4 = (digits: string): string => digits.replace(/(\d{4})(?=\d)/g, '$1 ')

describe('idCheckDigit', () => {
  it('gives X for the example in GB 11643-1999', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X')
  })
  it.each(['11010519491231002', '44030120000229123', '32010219960229456', '51010419850101321', '81000019900101001', '65010220240101999'])(
    'agrees with the standard for %s',
    (first17) => expect(idCheckDigit(first17)).toBe(referenceCheck(first17)),
  )
  it('refuses anything but 17 digits', () => {
    expect(() => idCheckDigit('1101051949123100')).toThrow(RangeError)
  })
})

describe('identity card numbers', () => {
  it.each([
    ['GB 11643 example', idNumber('110105', '19491231', '002')],
    ['leap day 2000', idNumber('440301', '20000229', '123')],
    ['leap day 1996', idNumber('320102', '19960229', '456')],
    ['born on the first day accepted', idNumber('510104', '19000101', '321')],
    ['Hong Kong residence permit', idNumber('810000', '19900101', '001')],
    ['lower-case x', '11010519491231002x'],
    ['old 15-digit form', '110105491231002'],
    ['old form, leap day 1996', '320102960229456'],
  ])('finds %s', (_name, id) => {
    expect(shapes(`申请人身份证号：${id}，住址略。`)).toEqual([['id-card', id]])
  })

  it('finds one written in 6-8-4 groups', () => {
    const id = idNumber('110105', '19491231', '002')
    const grouped = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`
    expect(shapes(`证件号码 ${grouped} 。`)).toEqual([['id-card', grouped]])
  })

  it.each([
    ['a wrong check digit', wrongCheck(idNumber('110105', '19491231', '002'))],
    ['29 February 1900', idNumber('110105', '19000229', '002')],
    ['29 February 2023', idNumber('110105', '20230229', '002')],
    ['month 13', idNumber('110105', '19901301', '002')],
    ['a birth before 1900', idNumber('440524', '18800101', '001')],
    ['a birth after today', idNumber('110105', '20300101', '002')],
    ['an unknown province', idNumber('990105', '19491231', '002')],
    ['old form, 29 February 1900', '110105000229123'],
    ['old form, 29 February 1997', '110105970229123'],
    ['20 digits around a valid number', `${idNumber('110105', '19491231', '001')}12`.replace('X', '7')],
  ])('ignores %s', (_name, id) => {
    expect(scan(`号码${id}。`).filter((hit) => hit.kind === 'id-card')).toEqual([])
    expect(isResidentIdNumber(id, TODAY)).toBe(false)
  })

  it('takes the birth-date limit from today', () => {
    const id = idNumber('110105', '20300101', '002')
    expect(scanPersonalData(id, { today: '2031-01-01' }).map((h) => h.kind)).toEqual(['id-card'])
  })

  it('does not read 统一社会信用代码 as an identity card number', () => {
    const lookalike = idNumber('120105', '19491231', '002')
    expect(scan('统一社会信用代码：91350100M000100Y43')).toEqual([])
    expect(scan('91350100M000100Y43')).toEqual([])
    expect(scan(`统一社会信用代码：${lookalike}`)).toEqual([])
    expect(scan(`身份证：${lookalike}`).map((h) => h.kind)).toEqual(['id-card'])
  })
})

describe('mobile numbers', () => {
  it.each([
    '13800138000',
    '138 0013 8000',
    '138-0013-8000',
    '+8613800138000',
    '+86 138 0013 8000',
    '+86-138-0013-8000',
    '0086 13800138000',
    '(+86)13800138000',
    '19900000000',
    '16600000001',
    '１３８００１３８０００',
  ])('finds %s', (mobile) => {
    expect(shapes(`联系人手机：${mobile}。`)).toEqual([['mobile', mobile]])
  })

  it.each([
    ['a 12 prefix', '12800138000'],
    ['10 digits', '1380013800'],
    ['12 digits', '138001380001'],
    ['mixed separators', '138 0013-8000'],
    ['inside a longer run', '2013800138000'],
    ['before a decimal point', '13800138000.50元'],
  ])('ignores %s', (_name, text) => {
    expect(scan(`编号${text}`)).toEqual([])
  })
})

describe('landline and office numbers', () => {
  it.each([
    ['0469-4653069'],
    ['010-12345678'],
    ['(010)12345678'],
    ['（0469）4653069'],
    ['021-62345678'],
    ['0755－83456789'],
    ['(0351) 4567890'],
  ])('finds %s as a landline', (phone) => {
    expect(shapes(`住宅电话：${phone}。`)).toEqual([['landline', phone]])
  })

  it.each([
    ['咨询电话：0469-4653069', 'office-phone', '0469-4653069'],
    ['传真：(010)62345678', 'office-phone', '(010)62345678'],
    ['监督举报电话 0469-4653069', 'office-phone', '0469-4653069'],
    ['联系电话：0469-4653069', 'landline', '0469-4653069'],
    ['联系电话4662805,', 'office-phone', '4662805'],
    ['电话：86123456', 'office-phone', '86123456'],
    ['值班电话 4662805', 'office-phone', '4662805'],
  ])('%s', (text, kind, value) => {
    expect(shapes(text)).toEqual([[kind, value]])
  })

  it.each(['4662805', '提升“8890”便民服务热线', '热线12345', '第4662805号', '电话：0123456', '2022-06-30'])('ignores %s', (text) =>
    expect(scan(text)).toEqual([]),
  )

  it('grades an office number below personal ones', () => {
    expect(personalDataSeverity['office-phone']).toBe('low')
    expect(personalDataSeverity.landline).toBe('medium')
    expect(personalDataSeverity.mobile).toBe('high')
  })
})

describe('car plates', () => {
  it.each([
    ['new-energy small, middle dot', '粤B·D12345'],
    ['new-energy small, no separator', '京AD12345'],
    ['new-energy small, space', '京A D12345'],
    ['new-energy small, F', '沪AF12345'],
    ['new-energy small, letter second', '浙ADG1234'],
    ['new-energy large', '粤B12345D'],
    ['ordinary', '沪A12345'],
    ['ordinary, middle dot', '苏E·12345'],
    ['ordinary, two letters', '川A·5G4K8'],
    ['trailer', '鲁B1234挂'],
    ['Hong Kong cross-border', '粤Z1234港'],
  ])('finds %s', (_name, plate) => {
    expect(shapes(`车辆${plate}于当日驶离。`)).toEqual([['plate', plate]])
  })

  it.each([
    ['police', '京A·1234警'],
    ['police, five characters', '京A12345警'],
    ['consulate', '沪A·1234领'],
    ['embassy', '使014·578'],
    ['driving school', '粤B1234学'],
    ['armed police', 'WJ京12345'],
    ['a word, not a plate', '北京APEC会议'],
    ['three letters', '京ABCD12'],
    ['new-energy with a letter late', '沪AF1234A'],
    ['too short', '粤B1234'],
    ['too long', '粤B1234567'],
  ])('ignores %s', (_name, text) => {
    expect(scan(`车辆${text}。`)).toEqual([])
  })
})

describe('bank card numbers', () => {
  const card16 = luhnComplete('622202000000001')
  const card17 = luhnComplete('4000000000000000')
  const card19 = luhnComplete('955880000000000001')
  const card19b = luhnComplete('622848000000000001')

  it.each([
    ['16 digits', card16],
    ['17 digits', card17],
    ['19 digits', card19],
    ['16 digits grouped', group4(card16)],
    ['19 digits grouped', group4(card19b)],
  ])('finds %s', (_name, card) => {
    expect(luhnValid(card.replace(/ /g, ''))).toBe(true)
    expect(shapes(`收款账号：${card}，开户行略。`)).toEqual([['bank-card', card]])
  })

  it.each([
    ['a failed Luhn check', card16.slice(0, 15) + String((Number(card16.slice(15)) + 1) % 10)],
    ['a failed Luhn check, grouped', group4(card19.slice(0, 18) + String((Number(card19.slice(18)) + 5) % 10))],
    ['15 digits', luhnComplete('62220200000000')],
    ['20 digits', luhnComplete('6222020000000000001')],
    ['an unknown leading digit', luhnComplete('122202000000001')],
    ['a 20-digit grouped run', group4(luhnComplete('6222020000000000001'))],
  ])('ignores %s', (_name, card) => {
    expect(scan(`账号${card}`)).toEqual([])
  })
})

describe('e-mail addresses', () => {
  it.each(['zhang.san@example.com', 'li_si+gazette@mail.example.org.cn', 'wang-wu@example.net', 'wang＠example.com'])('finds %s', (mail) =>
    expect(shapes(`来信请寄${mail}。`)).toEqual([['email', mail]]),
  )
  it('keeps a mailbox made of a mobile number as one hit', () => {
    expect(shapes('邮箱13800138000@example.com')).toEqual([['email', '13800138000@example.com']])
  })
  it.each(['@某某', 'a@b', '发件人@市政府'])('ignores %s', (text) => expect(scan(text)).toEqual([]))
})

describe('false positives', () => {
  it.each([
    '运政办发〔2022〕18号',
    '运政办发[2022]18号',
    '国办发〔2019〕54号',
    '2022年6月30日',
    '2022-06-30',
    '20220630',
    '第二十六条',
    '第274号',
    '索引号：734972044/201805-018',
    '000014349/2024-00012',
    '1234567.89元',
    '12,345,678元',
    '12345678901234567.89元',
    '黑ICP备09008588号',
    '公安备案号:23050099002-17002',
    '京公网安备11010502030143号',
    '政府网站标识码:2305210003',
    'http://zwgkhlj.gov.cn/zwgk/publiclnfo/detail?id=429502',
    '网址http:// zwgkhlj.gov.cn/zwgk/detail?id=13800138000',
    'www.example.gov.cn/art/2022/6/30/art_110105194912310021.html',
    'example.gov.cn/list?card=6222020000000000',
    '12345678901234567890',
    wrongCheck(idNumber('110105', '19491231', '002')),
    '91350100M000100Y43',
    '发布时间:2018-05-16 15:22:46',
  ])('%s', (text) => {
    expect(scan(`见${text}，特此说明。`)).toEqual([])
  })
})

describe('masking', () => {
  it.each([
    ['11010519491231002X', '1****************X'],
    ['13800138000', '1*********0'],
    ['粤B·D12345', '粤*******5'],
    ['0469-4653069', '0**********9'],
    ['ab', '**'],
    ['a', '*'],
  ])('%s → %s', (value, masked) => {
    expect(maskValue(value)).toBe(masked)
    expect(maskValue(value)).toHaveLength(value.length)
  })

  it('masks one hit with Chinese text around it', () => {
    const text = '经查，当事人张某（身份证号11010519491231002X）驾驶粤B·D12345号车辆。'
    const [id, plate] = scan(text)
    expect(id?.masked).toBe('1****************X')
    expect(maskHit(text, id!)).toBe('经查，当事人张某（身份证号1****************X）驾驶粤B·D12345号车辆。')
    expect(maskHit(text, plate!)).toBe('经查，当事人张某（身份证号11010519491231002X）驾驶粤*******5号车辆。')
  })

  it('redacts several hits right to left', () => {
    const card = luhnComplete('622202000000001')
    const text = `张某，身份证11010519491231002X，手机138-0013-8000，住宅电话（0469）4653069，车牌京AD12345，卡号${card}，邮箱zhang@example.com。联系电话4662805。`
    const hits = scan(text)
    expect(hits.map((h) => h.kind)).toEqual(['id-card', 'mobile', 'landline', 'plate', 'bank-card', 'email', 'office-phone'])
    const result = redact(text, hits)
    expect(result).toBe(
      `张某，身份证1****************X，手机1***********0，住宅电话（***********9，车牌京******5，卡号6**************${card.slice(-1)}，邮箱z***************m。联系电话4*****5。`,
    )
    expect(result).toHaveLength(text.length)
    expect(scan(result)).toEqual([])
    // Order of the hits does not matter.
    expect(redact(text, [...hits].reverse())).toBe(result)
  })

  it('redacts only the hits it is given', () => {
    const text = '手机13800138000，联系电话4662805'
    const personal = scan(text).filter((h) => h.severity !== 'low')
    expect(redact(text, personal)).toBe('手机1*********0，联系电话4662805')
  })

  it('refuses a hit that no longer matches the text', () => {
    const hits = scan('手机13800138000')
    expect(() => maskHit('手机：13800138000', hits[0]!)).toThrow(RangeError)
    expect(() => redact('电话13800138000', [...hits, { start: 0, end: 2, text: '不对' }])).toThrow('请重新检测')
    expect(redact('无', [])).toBe('无')
  })
})

describe('hits', () => {
  it('carry a Chinese label and severity for every kind', () => {
    for (const kind of personalDataKinds) {
      expect(personalDataLabels[kind]).toMatch(/\p{Script=Han}/u)
      expect(['high', 'medium', 'low']).toContain(personalDataSeverity[kind])
    }
    const [hit] = scan('身份证11010519491231002X')
    expect(hit).toEqual({
      kind: 'id-card',
      severity: 'high',
      start: 3,
      end: 21,
      text: '11010519491231002X',
      label: '身份证号码',
      masked: '1****************X',
    })
  })

  it('are summarised in Chinese', () => {
    expect(summarizeHits(scan('手机13800138000、13800138001，身份证11010519491231002X'))).toBe(
      '发现疑似个人信息3处：手机号码2处、身份证号码1处',
    )
    expect(summarizeHits([])).toBe('未发现疑似个人信息')
  })
})

// Verbatim from test/fixtures/seeds: real published text that must pass with at most an office number.
describe('seed text', () => {
  it.each([
    [
      '001 header',
      '运城市人民政府办公室文件\n\n运政办发[2022]18号\n\n运城市人民政府办公室 关于印发运城市 2022 年政务公开工作要点的 通 知\n\n运城市人民政府办公室 2022年6月30日\n\n(此件公开发布)',
    ],
    [
      '004 metadata',
      '索引号:\n734972044/201805-018\n组配分类:\n年度专题与整改提升\n发布机构:\n市旅游委\n文号:\n发布日期:\n2018-05-16 15:22:46\n访问量:\n12\n生效日期:\n2018-05-16\n废止日期:\n发布时间:2018-05-16 15:22:46',
    ],
    [
      '000 hotline',
      '进一步整合政务热线。提升“8890”便民服务热线功能,坚持以“8890”一个号码管服务,推动政务热线与投诉建议、便民服务等系统互联互通、共享共用,完善政策业务咨询问答知识库,除专业性强、咨询服务量大确需保留的热线外,其他热线全部整合至“8890”综合服务平台,确保实现“一号对外”。',
    ],
    [
      '002 goals with a URL',
      '2020年11月底前,对照国务院部门制定的国土空间规划等26个试点领域基层政务公开标准指引(详见黑龙江省人民政府网站政府信息公开专栏,网址http:// zwgkhlj.gov.cn/zwgk/publiclnfo/detail?id=429502),结合政府权责清单和公共服务事项清单,全面梳理细化相关领域政务公开事项,编制完成本级26个领域政务公开事项标准目录。2021年12月底前,编制完成本级其他领域政务公开事项标准目录。',
    ],
  ])('%s has no hits', (_name, text) => {
    expect(scan(text)).toEqual([])
  })

  it('002 保障措施 has only the office number', () => {
    const text =
      '五、保障措施 (一)加强组织推进。全县推进基层政务公开标准化、规范化工作由县政府办公室负责统筹全面工作。联系电话4662805, 成员单位由县发改局、县教体局、县公安局、县民政局、县司法局、县财政局、县人社局、县自然资源局、县生态环境局、县住建局、县农业农村局、县文广旅游局、县卫健局、县应急局、县市场监管局、县营商环境局、县扶贫办、县城管执法局、县税务局分工分类推进。'
    expect(shapes(text)).toEqual([['office-phone', '4662805']])
  })

  it('002 footer reports the switchboard for the reviewer and nothing else', () => {
    const text =
      '主办单位:集贤县人民政府 承办单位:集贤县人民政府发展研究中心 技术支持:集贤县人民政府发展研究中心 版权所有:集贤县人民政府 联系电话:0469-4653069 黑ICP备09008588号 公安备案号:23050099002-17002 政府网站标识码:2305210003 站点地图 |'
    expect(shapes(text)).toEqual([['landline', '0469-4653069']])
  })
})
