import { compactText, type ParsedQuery } from './queryPhrases'
import { searchWords } from './segment'

/**
 * What readers call a rule, in the words the texts use for it. A citizen asks for 家暴, 老赖 or
 * 离婚冷静期; the law says 家庭暴力, 失信被执行人 and 撤回离婚登记申请, and no text or title
 * holds the colloquial term, so neither the name index nor Pagefind can find it (issue 21:
 * colloquial terms). The table is ours because no maintained list of Chinese legal colloquial
 * terms exists as a package; each entry names the words of the provision it stands for, so it
 * finds that provision in any gazette that prints it. A query part equal to a term, or a run of
 * its words that is one (噪音 in 噪音扰民, split as the browser splits a query), is searched in
 * those words, and the page says so. Words, not characters: 消法 is not in 取消法定代表人.
 */
const COLLOQUIAL_TERMS: ReadonlyArray<readonly [term: string, textWords: string]> = [
  ['老赖', '失信被执行人'],
  ['家暴', '家庭暴力'],
  ['酒驾', '饮酒后驾驶'],
  ['醉驾', '醉酒驾驶'],
  ['高空抛物', '从建筑物中抛掷物品'],
  ['高空坠物', '坠落'],
  ['电信诈骗', '电信网络诈骗'],
  ['电诈', '电信网络诈骗'],
  ['离婚冷静期', '撤回离婚登记申请'],
  ['七天无理由退货', '七日内退货'],
  ['7天无理由退货', '七日内退货'],
  ['无理由退货', '七日内退货'],
  ['消法', '消费者权益保护法'],
  ['霸王条款', '格式条款'],
  ['拆迁', '房屋征收'],
  ['拆迁补偿', '房屋征收补偿'],
  ['裁员', '裁减人员'],
  ['欠薪', '拖欠工资'],
  ['校园欺凌', '学生欺凌'],
  ['社保', '社会保险'],
  ['医保', '医疗保障'],
  ['公积金', '住房公积金'],
  ['个税', '个人所得税'],
  ['交强险', '机动车交通事故责任强制保险'],
  ['网约车', '网络预约出租汽车'],
  ['共享单车', '互联网租赁自行车'],
  ['民告官', '行政诉讼'],
  // Added after the held-out queries of 2026-12-06 missed 年假, 噪音扰民, 房产证 and 网购
  // (scripts/searchEval/lawQueries.ts): those four are no longer held out; the rest are terms
  // a citizen uses for a rule whose text says otherwise.
  ['年假', '年休假'],
  ['噪音', '噪声'],
  ['房产证', '不动产权属证书'],
  ['网购', '电子商务'],
  ['低保', '最低生活保障'],
  ['残疾证', '残疾人证'],
  ['驾照', '机动车驾驶证'],
  ['养老金', '基本养老金'],
  ['退休金', '基本养老金'],
  ['失业金', '失业保险金'],
  ['产检', '产前检查'],
  ['婚检', '婚前医学检查'],
  ['辞退', '解除劳动合同'],
  ['竞业禁止', '竞业限制'],
  ['物业费', '物业服务费用'],
  ['违建', '违法建设'],
  ['违章建筑', '违法建设'],
  ['高利贷', '民间借贷'],
  ['网贷', '网络借贷'],
  ['讨薪', '拖欠工资'],
  ['开发商', '房地产开发企业'],
  ['病假', '医疗期'],
  ['上访', '信访'],
  ['假货', '假冒伪劣'],
]

const byTerm = new Map(COLLOQUIAL_TERMS.map(([term, words]) => [compactText(term), words]))

/** A query with colloquial parts put in the texts' words, and what was put, for the status line. */
export interface ExpandedQuery extends ParsedQuery {
  /** Each colloquial part and the words it was searched as: [['家暴', '家庭暴力']]. */
  replaced: Array<[string, string]>
}

/** The longest term, in words: 七天无理由退货 is three (七天, 无理由, 退货). */
const MAX_TERM_WORDS = Math.max(...COLLOQUIAL_TERMS.map(([term]) => searchWords(term).split(' ').length))

/** The query with every part that is, or holds as words, a colloquial term searched in the texts' words; quoted phrases stay as typed. */
export function expandColloquial(query: ParsedQuery): ExpandedQuery {
  const replaced: Array<[string, string]> = []
  const words = query.words
    .split(' ')
    .map((part) => {
      if (query.phrases.includes(compactText(part))) return part
      const whole = byTerm.get(compactText(part))
      if (whole !== undefined) {
        replaced.push([part, whole])
        return whole
      }
      return expandWithin(part, replaced)
    })
    .join(' ')
  return { ...query, words, replaced }
}

/**
 * From this many characters a part is a title or a sentence typed whole (关于做好城乡低保工作的通知),
 * which the texts hold as typed: terms among its words are left as they are.
 */
const WITHIN_LIMIT = 8

/**
 * The part with each run of its words that is a term (longest first) put in the texts' words.
 * A part that already says the texts' words keeps them: 住房公积金 is not 住房住房公积金.
 */
function expandWithin(part: string, replaced: Array<[string, string]>): string {
  if ([...compactText(part)].length >= WITHIN_LIMIT) return part
  const segments = searchWords(part).split(' ').filter(Boolean)
  if (segments.length < 2) return part
  const before = replaced.length
  const out: string[] = []
  for (let start = 0; start < segments.length;) {
    let matched = 0
    for (let length = Math.min(MAX_TERM_WORDS, segments.length - start); length > 0 && matched === 0; length--) {
      const term = segments.slice(start, start + length).join('')
      const words = byTerm.get(term)
      if (words !== undefined && !compactText(part).includes(words)) {
        replaced.push([term, words])
        out.push(words)
        matched = length
      }
    }
    if (matched === 0) out.push(segments[start] ?? '')
    start += Math.max(matched, 1)
  }
  // Unchanged, the part stays as typed (punctuation and case included).
  return replaced.length > before ? out.join('') : part
}
