/**
 * The issuing organisations of one city's gazette: the city government and its office,
 * its departments, and the governments (and offices) of its districts and counties.
 * The place names are invented; issuing codes are unique, as the register requires.
 */
import { validateOrgCode } from '../../core/documents/indexNumber'
import type { Random } from './random'
import { type Topic, topics } from './topics'
import type { CorpusOrganization } from './types'

export const cityName = '河阳市'
const cityCode = '河'

type Department = { key: string; name: string; shortName: string; code: string; topics: string[] }

const departments: Department[] = [
  { key: 'edu', name: '教育局', shortName: '市教育局', code: '教', topics: ['义务教育', '学前教育', '职业教育'] },
  {
    key: 'finance',
    name: '财政局',
    shortName: '市财政局',
    code: '财',
    topics: ['预算绩效管理', '政府采购', '国有资产管理', '政府投资项目管理'],
  },
  {
    key: 'civil',
    name: '民政局',
    shortName: '市民政局',
    code: '民',
    topics: ['养老服务', '社会救助', '殡葬管理', '未成年人保护', '残疾人保障'],
  },
  { key: 'hrss', name: '人力资源和社会保障局', shortName: '市人社局', code: '人社', topics: ['就业创业', '根治欠薪', '人才引进'] },
  { key: 'land', name: '自然资源和规划局', shortName: '市自然资源和规划局', code: '自然资', topics: ['耕地保护', '不动产登记', '林长制'] },
  { key: 'eco', name: '生态环境局', shortName: '市生态环境局', code: '环', topics: ['大气污染防治', '水污染防治', '扬尘污染防治'] },
  {
    key: 'housing',
    name: '住房和城乡建设局',
    shortName: '市住建局',
    code: '建',
    topics: ['物业管理', '住房保障', '老旧小区改造', '燃气安全管理', '建筑垃圾管理'],
  },
  { key: 'transport', name: '交通运输局', shortName: '市交通运输局', code: '交', topics: ['公共交通', '农村公路', '停车管理'] },
  { key: 'water', name: '水务局', shortName: '市水务局', code: '水', topics: ['城市供水', '防汛抗旱', '水污染防治'] },
  { key: 'agri', name: '农业农村局', shortName: '市农业农村局', code: '农', topics: ['乡村振兴', '农村集体资产管理', '耕地保护'] },
  { key: 'commerce', name: '商务局', shortName: '市商务局', code: '商', topics: ['招商引资', '优化营商环境'] },
  { key: 'culture', name: '文化广电和旅游局', shortName: '市文广旅局', code: '文旅', topics: ['文化旅游', '文物保护', '全民健身'] },
  { key: 'health', name: '卫生健康委员会', shortName: '市卫健委', code: '卫健', topics: ['公共卫生', '养老服务'] },
  {
    key: 'emergency',
    name: '应急管理局',
    shortName: '市应急管理局',
    code: '应急',
    topics: ['安全生产', '应急管理', '防汛抗旱', '消防安全'],
  },
  { key: 'market', name: '市场监督管理局', shortName: '市市场监管局', code: '市监', topics: ['食品安全', '知识产权', '优化营商环境'] },
  { key: 'medical', name: '医疗保障局', shortName: '市医保局', code: '医保', topics: ['医疗保障'] },
  {
    key: 'urban',
    name: '城市管理局',
    shortName: '市城管局',
    code: '城管',
    topics: ['城市管理', '生活垃圾分类', '建筑垃圾管理', '停车管理'],
  },
  { key: 'science', name: '科学技术局', shortName: '市科技局', code: '科', topics: ['科技创新', '知识产权', '人才引进'] },
  { key: 'stats', name: '统计局', shortName: '市统计局', code: '统', topics: ['统计'] },
  { key: 'archives', name: '档案馆', shortName: '市档案馆', code: '档', topics: ['档案管理'] },
  { key: 'veterans', name: '退役军人事务局', shortName: '市退役军人事务局', code: '退役', topics: ['退役军人服务'] },
  {
    key: 'services',
    name: '政务服务管理局',
    shortName: '市政务服务局',
    code: '政服',
    topics: ['政务服务', '12345政务服务便民热线', '数字政府建设', '政务公开'],
  },
  { key: 'fund', name: '住房公积金管理中心', shortName: '市公积金中心', code: '公积金', topics: ['住房公积金'] },
  { key: 'police', name: '公安局', shortName: '市公安局', code: '公', topics: ['电动自行车管理', '消防安全', '停车管理'] },
]

const counties: Array<{ key: string; name: string; code: string }> = [
  { key: 'qinghe', name: '清河区', code: '清' },
  { key: 'linjiang', name: '临江区', code: '临' },
  { key: 'anping', name: '安平县', code: '安' },
  { key: 'xishan', name: '西山县', code: '西山' },
  { key: 'nantang', name: '南塘县', code: '南塘' },
  { key: 'beiling', name: '北岭县', code: '北岭' },
]

/** An organisation with what the generator needs to write for it. */
export type Issuer = CorpusOrganization & {
  /** The place its documents speak for: 河阳市 or a district/county. */
  place: string
  /** 'government' (政府令, 政发), 'office' (政办发) or 'department'. */
  level: 'government' | 'office' | 'department'
  /** Topics it issues on. */
  topics: Topic[]
  /** 发文机关代字 of its 发文字号, e.g. 河政办发. */
  docCode: string
  /** 规字代字 of its 统一编号, e.g. 河政办规. */
  unifiedCode: string
}

export function generateOrganizations(random: Random): Issuer[] {
  const issuers: Issuer[] = []
  const orgCode = () => {
    // Eight random characters, then the one check character GB 11714 accepts.
    const body = Array.from({ length: 8 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[random.int(0, 30)]).join('')
    return [...'0123456789X'].map((check) => body + check).find((code) => validateOrgCode(code) === true) ?? null
  }
  const add = (
    issuer: Omit<Issuer, 'issuingCodes' | 'orgCode'>,
    kinds: { doc: CorpusOrganization['issuingCodes'][number]['kind']; unified: CorpusOrganization['issuingCodes'][number]['kind'] },
  ) => {
    issuers.push({
      ...issuer,
      // Some organisations have not registered their code: their documents carry no 索引号.
      orgCode: random.chance(0.85) ? orgCode() : null,
      issuingCodes: [
        { code: issuer.docCode, series: 'docNumber', kind: kinds.doc },
        { code: issuer.unifiedCode, series: 'unifiedNumber', kind: kinds.unified },
      ],
    })
  }
  for (const place of [{ key: 'city', name: cityName, code: cityCode }, ...counties]) {
    const prefix = place.key === 'city' ? '' : `${place.key}-`
    const shortPlace = place.key === 'city' ? '市' : place.name.slice(-1)
    add(
      {
        key: `${prefix}gov`,
        name: `${place.name}人民政府`,
        shortName: `${shortPlace}政府`,
        isGovernment: true,
        place: place.name,
        level: 'government',
        topics,
        docCode: `${place.code}政发`,
        unifiedCode: `${place.code}政规`,
      },
      { doc: 'other', unified: 'normative-government' },
    )
    add(
      {
        key: `${prefix}gov-office`,
        name: `${place.name}人民政府办公室`,
        shortName: `${shortPlace}政府办公室`,
        isGovernment: true,
        place: place.name,
        level: 'office',
        topics,
        docCode: `${place.code}政办发`,
        unifiedCode: `${place.code}政办规`,
      },
      { doc: 'other', unified: 'normative-government' },
    )
  }
  for (const department of departments) {
    add(
      {
        key: `dept-${department.key}`,
        name: `${cityName}${department.name}`,
        shortName: department.shortName,
        isGovernment: false,
        place: cityName,
        level: 'department',
        topics: topics.filter((t) => department.topics.includes(t.name)),
        docCode: `${cityCode}${department.code}发`,
        unifiedCode: `${cityCode}${department.code}规`,
      },
      { doc: 'other', unified: 'normative-department' },
    )
  }
  return issuers
}

/** The record as the CMS and the snapshot know it, without the generator's extras. */
export function corpusOrganization(issuer: Issuer): CorpusOrganization {
  const { key, name, shortName, orgCode, isGovernment, issuingCodes } = issuer
  return { key, name, shortName, orgCode, isGovernment, issuingCodes }
}
