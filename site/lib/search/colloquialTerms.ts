import { compactText, type ParsedQuery } from './queryPhrases'

/**
 * What readers call a rule, in the words the texts use for it. A citizen asks for 家暴, 老赖 or
 * 离婚冷静期; the law says 家庭暴力, 失信被执行人 and 撤回离婚登记申请, and no text or title
 * holds the colloquial term, so neither the name index nor Pagefind can find it (issue 21:
 * colloquial terms). The table is ours because no maintained list of Chinese legal colloquial
 * terms exists as a package; each entry names the words of the provision it stands for, so it
 * finds that provision in any gazette that prints it. A query part equal to a term is searched
 * as those words, and the page says so.
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
]

const byTerm = new Map(COLLOQUIAL_TERMS.map(([term, words]) => [compactText(term), words]))

/** A query with colloquial parts put in the texts' words, and what was put, for the status line. */
export interface ExpandedQuery extends ParsedQuery {
  /** Each colloquial part and the words it was searched as: [['家暴', '家庭暴力']]. */
  replaced: Array<[string, string]>
}

/** The query with every part that is a colloquial term searched as the texts' words; quoted phrases stay as typed. */
export function expandColloquial(query: ParsedQuery): ExpandedQuery {
  const replaced: Array<[string, string]> = []
  const words = query.words
    .split(' ')
    .map((part) => {
      const words = query.phrases.includes(compactText(part)) ? undefined : byTerm.get(compactText(part))
      if (words === undefined) return part
      replaced.push([part, words])
      return words
    })
    .join(' ')
  return { ...query, words, replaced }
}
