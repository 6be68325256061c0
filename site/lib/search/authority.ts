import { builtInDocumentKinds, type BuiltInDocumentKind } from '../../../core/documents/documentKinds'
import { normalizeName, titleCore } from './nameKeys'
import { compactText } from './queryPhrases'

/**
 * Which of several titles that hold a reader's words is the text they most likely want
 * (issue 21: authority). A topic word such as 献血 or 物业管理 is in the national law, in the
 * State Council's regulation, in a dozen local regulations, in implementing rules and in court
 * interpretations; a reader asking by topic wants the main text first. Read from the title
 * alone, so it holds for any gazette and any snapshot: the order is explainable by what each
 * title says, or by its kind where the kind names a level.
 */

/**
 * The levels a title reads as, most general first. A department's rule and a local text share
 * one level: a city gazette's titles seldom name their place, so the title cannot tell them apart.
 */
export const authorityLevels = ['法律', '法规', '规章或地方', '司法解释'] as const
export type AuthorityLevel = (typeof authorityLevels)[number]

/**
 * A place first: a province (北京, 浙江省, 内蒙古自治区…) or a city, prefecture or county of two
 * or three characters (宁波市, 杭州市…, 延边州, 余姚县). Never a word that merely ends in one of
 * them: 城市房地产管理法 and 自然保护区条例 are national. Shared with abbreviations.ts.
 */
export const PLACE_FIRST =
  /^(?:(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?|[\u4e00-\u9fa5]{2,3}(?:市|州|盟|县))/
const COURTS = /^最高人民(?:法院|检察院)/
/** A text that carries out or explains another: its implementing rules, a court's interpretation of it, its 解读. */
const IMPLEMENTING = /(?:实施条例|实施细则|实施办法|实施意见|实施规定|施行细则|适用|解读|解释)/
const DEPARTMENT_RULE = /(?:办法|细则|规则|规程|规范|意见|通知|决定)$/

/** The level a title reads as: 中华人民共和国…法 a law; a …条例 with no place before it a regulation; and so on. */
export function authorityLevel(title: string): AuthorityLevel {
  return levelOf(normalizeName(title), coreName(title))
}

/**
 * The built-in kinds (core/documents/documentKinds.ts) that name a level, by the label the
 * search filter carries. The kind is what the office recorded, so it decides where the title
 * cannot: 社会救助暂行办法 reads like a department's rule but is the State Council's regulation.
 * A kind configured under another label, and the gazette's own normative documents, leave the
 * level to the title.
 */
const kindLevels: ReadonlyMap<string, AuthorityLevel> = new Map(
  (
    [
      ['law', '法律'],
      ['administrative-regulation', '法规'],
      ['local-regulation', '规章或地方'],
      ['department-rule', '规章或地方'],
      ['rule', '规章或地方'],
      ['judicial-interpretation', '司法解释'],
    ] as const satisfies ReadonlyArray<readonly [BuiltInDocumentKind, AuthorityLevel]>
  ).map(([value, level]) => [builtInDocumentKinds.find((kind) => kind.value === value)?.label ?? value, level]),
)

/** The level a kind's label names, if it names one. */
export function kindLevel(kindLabel: string | undefined): AuthorityLevel | undefined {
  return kindLabel === undefined ? undefined : kindLevels.get(kindLabel)
}

/** The level from the title as normalised and its core name (coreName). */
function levelOf(name: string, core: string): AuthorityLevel {
  if (COURTS.test(name)) return '司法解释'
  if (PLACE_FIRST.test(name)) return '规章或地方'
  if (/(?:法|法典)$/.test(core) && !/[办方]法$/.test(core)) return '法律'
  if (/(?:条例|规定)$/.test(core) && !DEPARTMENT_RULE.test(core)) return '法规'
  return '规章或地方'
}

/** What the title is called (nameKeys.ts titleCore), or the whole title when it reduces to nothing. */
function coreName(title: string): string {
  return titleCore(title) ?? normalizeName(title)
}

/** Kinds a name ends with, after its subject: 献血 + 法, 物业管理 + 条例, 社会救助 + 暂行办法. */
const KIND_ENDINGS = /(?:实施条例|实施细则|实施办法|暂行条例|暂行办法|暂行规定|条例|法|规定|办法|细则|决定)$/

/** The sort key of a title for a query whose every word it holds: lower first. */
export interface Authority {
  /** 0 when the title is the query's own name (献血 → 献血法, 北京市献血条例), else 1. */
  named: number
  /** The level's place in authorityLevels. */
  level: number
  /** 1 for an implementing rule or interpretation of another text, which follows the text. */
  implementing: number
}

/** The sort key of a title (and its kind's label, when the result has one) for a query. */
export function titleAuthority(title: string, queryWords: string, kindLabel?: string): Authority {
  // The core name once: reducing a title to its keys is the costly part, for every result of the first page.
  const core = coreName(title)
  const subject = core.replace(PLACE_FIRST, '').replace(KIND_ENDINGS, '')
  return {
    named: subject === compactText(queryWords) ? 0 : 1,
    level: authorityLevels.indexOf(kindLevel(kindLabel) ?? levelOf(normalizeName(title), core)),
    implementing: IMPLEMENTING.test(core) ? 1 : 0,
  }
}

/** Compares two authorities: the title named by the query, then the higher level, then the main text. */
export function authorityOrder(a: Authority, b: Authority): number {
  return a.named - b.named || a.level - b.level || a.implementing - b.implementing
}
