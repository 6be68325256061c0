/**
 * The real-text query set (issue 21), kept apart from the generated one (queries.ts): what
 * citizens and lawyers type when they look for a law, over the LawRefBook corpus
 * (test/fixtures/laws, scripts/lawCorpus). Each query names the documents that count as a
 * right first answer by their path in the source; every answer was decided by reading the
 * corpus (the article or line cited beside it), not by running the search. A law with several
 * texts (民事诉讼法 2021 and 2023) is answered by the text in force only.
 */
import { documentPath } from '../../core/addresses'
import type { EvalQuery, QueryCategory } from './queries'

// The documents most queries point at, by source path (民法典's books are one document, keyed by its folder).
const 民法典 = '民法典'
const 宪法 = '宪法/宪法.md'
const 刑法 = '刑法/刑法.md'
const 劳动法 = '社会法/劳动法(2018-12-29).md'
const 劳动合同法 = '社会法/劳动合同法(2012-12-28).md'
const 个人信息保护法 = '行政法/个人信息保护法(2021-08-20).md'
const 消费者权益保护法 = '民法商法/消费者权益保护法(2013-10-25).md'
const 道路交通安全法 = '行政法/道路交通安全法(2021-04-29).md'
const 政府信息公开条例 = '行政法规/政府信息公开条例(2019-04-03).md'
const 职工带薪年休假条例 = '行政法规/职工带薪年休假条例(2007-12-14).md'
const 房屋征收与补偿条例 = '行政法规/国有土地上房屋征收与补偿条例(2011-01-21).md'
const 女职工劳动保护特别规定 = '行政法规/女职工劳动保护特别规定(2012-04-28).md'
const 彩礼规定 = '司法解释/最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定(2024-01-17).md'
const 失信规定 = '司法解释/最高人民法院关于公布失信被执行人名单信息的若干规定(2013-07-16).md'
// The source files the same law under 社会法 and 行政法.
const 反电信网络诈骗法 = ['社会法/反电信网络诈骗法(2022-09-02).md', '行政法/反电信网络诈骗法(2022-09-02).md']
// Both national texts: the corpus does not say that 信访工作条例 (2022) ended 信访条例 (2005).
const 信访 = ['行政法规/信访工作条例(2022-02-25).md', '行政法规/信访条例(2005-01-10).md']

type LawQuery = { category: QueryCategory; query: string; expected: string[] }
const q = (category: QueryCategory, query: string, ...expected: Array<string | string[]>): LawQuery => ({
  category,
  query,
  expected: expected.flat(),
})

export const LAW_QUERIES: readonly LawQuery[] = [
  // 简称: the name without 中华人民共和国, or as practitioners shorten it.
  q('简称', '劳动法', 劳动法),
  q('简称', '劳动合同法', 劳动合同法),
  q('简称', '个保法', 个人信息保护法),
  q('简称', '个人信息保护法', 个人信息保护法),
  q('简称', '民诉法', '诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md'),
  q('简称', '刑诉法', '诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md'),
  q('简称', '行政诉讼法', '诉讼与非诉讼程序法/行政诉讼法(2017-06-27).md'),
  q('简称', '消法', 消费者权益保护法),
  q('简称', '消费者权益保护法', 消费者权益保护法),
  q('简称', '道交法', 道路交通安全法),
  q('简称', '治安管理处罚法', '行政法/治安管理处罚法(2012-10-26).md'),
  q('简称', '政府信息公开条例', 政府信息公开条例),
  q('简称', '个税法', '经济法/个人所得税法(2018-08-31).md'),
  q('简称', '反电诈法', 反电信网络诈骗法),
  q('简称', '公司法', '民法商法/公司法(2023-12-29).md'),
  q('简称', '行政复议法', '诉讼与非诉讼程序法/行政复议法(2023-09-01).md'),
  q('简称', '宪法', 宪法),
  q('简称', '刑法', 刑法),
  q('简称', '未成年人保护法', '社会法/未成年人保护法(2024-04-26).md'),
  q('简称', '环保法', '行政法/环境保护法(2014-04-24).md'),
  q('简称', '民诉法解释', [
    '司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md',
    '司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-02).md',
  ]),

  // 曾用名: laws ended by a successor that says so. 民法典 第一千二百六十条 repeals 婚姻法, 继承法,
  // 民法通则, 收养法, 担保法, 合同法, 物权法, 侵权责任法 and 民法总则; 治安管理处罚法 第一百一十九条
  // repeals 治安管理处罚条例.
  q('曾用名', '合同法', 民法典),
  q('曾用名', '物权法', 民法典),
  q('曾用名', '婚姻法', 民法典),
  q('曾用名', '侵权责任法', 民法典),
  q('曾用名', '继承法', 民法典),
  q('曾用名', '担保法', 民法典),
  q('曾用名', '民法通则', 民法典),
  q('曾用名', '民法总则', 民法典),
  q('曾用名', '收养法', 民法典),
  q('曾用名', '治安管理处罚条例', '行政法/治安管理处罚法(2012-10-26).md'),

  // 主题: a topic word that national laws, local regulations and court interpretations all hold
  // in their titles; the answer is the national law or the main regulation on it.
  q('主题', '献血', '行政法/献血法(1997-12-29).md'),
  q('主题', '信访', 信访),
  q('主题', '带薪年休假', 职工带薪年休假条例),
  q('主题', '政府信息公开', 政府信息公开条例),
  q('主题', '房屋征收补偿', 房屋征收与补偿条例),
  q('主题', '物业管理', '行政法规/物业管理条例(2018-03-19).md'),
  q('主题', '工伤保险', '行政法规/工伤保险条例(2010-12-20).md'),
  q('主题', '住房公积金', '行政法规/住房公积金管理条例(2019-03-24).md'),
  q('主题', '居住证', '行政法规/居住证暂行条例(2015-11-26).md'),
  q('主题', '婚姻登记', '行政法规/婚姻登记条例(2003-08-08).md'),
  q('主题', '食品安全', '行政法/食品安全法(2021-04-29).md'),
  q('主题', '安全生产', '社会法/安全生产法(2021-06-10).md'),
  q('主题', '农民工工资', '行政法规/保障农民工工资支付条例(2019-12-30).md'),
  q('主题', '失信被执行人', 失信规定),
  q('主题', '人脸识别', [
    '司法解释/最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定(2021-07-27).md',
    '司法解释/关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定.md',
  ]),

  // 机关+主题: a place and a topic, for the local regulation.
  q('机关+主题', '北京 献血', 'DLC/北京地方法规/地方性法规/北京/北京市献血条例(2021-11-26).md'),
  q('机关+主题', '浙江 物业管理', 'DLC/浙江地方法规/地方性法规/浙江/浙江省物业管理条例(2009-11-27).md'),
  q('机关+主题', '杭州 物业', 'DLC/浙江地方法规/地方性法规/浙江/杭州市物业管理条例(2021-08-09).md'),

  // 条文: a provision typed whole, found in these texts only (宪法 第三十三条 and 第四十二条,
  // 2004年宪法修正案 第二十四条, 职工带薪年休假条例 第二条, 劳动合同法 第七条, 劳动法 第三十六条,
  // 女职工劳动保护特别规定 第七条, 道路交通安全法 第九十一条, 民法典 第一千零七十七条, 彩礼规定 第一条).
  q('条文', '国家尊重和保障人权', 宪法, '宪法/宪法修正案（2004年）.md'),
  q('条文', '中华人民共和国公民有劳动的权利和义务', 宪法),
  q('条文', '职工连续工作1年以上的，享受带薪年休假', 职工带薪年休假条例),
  q('条文', '用人单位自用工之日起即与劳动者建立劳动关系', 劳动合同法),
  q('条文', '国家实行劳动者每日工作时间不超过八小时', 劳动法),
  q('条文', '女职工生育享受98天产假', 女职工劳动保护特别规定),
  q('条文', '饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证', 道路交通安全法),
  q('条文', '自婚姻登记机关收到离婚登记申请之日起三十日内', 民法典),
  q('条文', '以婚姻为目的依据习俗给付彩礼', 彩礼规定),

  // 文号: order numbers as the history lines print them, and 法释 numbers as the interpretation
  // prints its own under its title; typed as readers do, with or without 中华人民共和国.
  q('文号', '国务院令第711号', 政府信息公开条例),
  q('文号', '中华人民共和国国务院令第590号', 房屋征收与补偿条例),
  q('文号', '国务院令第514号', 职工带薪年休假条例),
  q('文号', '国务院令第663号', '行政法规/居住证暂行条例(2015-11-26).md'),
  q('文号', '国家工商行政管理总局令第73号', '部门规章/市场监督管理总局/侵害消费者权益行为处罚办法(2015-01-05).md'),
  q('文号', '法释〔2024〕1号', 彩礼规定),
  q('文号', '法释〔2023〕13号', '司法解释/最高人民法院关于适用《民法典》合同编通则若干问题的解释(2023-12-04).md'),

  // 俗称: words the texts do not use, or use in passing; the answer is where the rule is.
  q('俗称', '离婚冷静期', 民法典), // 第一千零七十七条: thirty days to withdraw a divorce registration
  q('俗称', '彩礼', 彩礼规定),
  q('俗称', '高空抛物', 民法典, 刑法), // 民法典 第一千二百五十四条; 刑法 第二百九十一条之二
  q('俗称', '老赖', 失信规定),
  q('俗称', '产假', 女职工劳动保护特别规定), // 第七条: 98 days
  q('俗称', '试用期', 劳动合同法), // 第十九条
  q('俗称', '酒驾', 道路交通安全法), // 第九十一条
  q('俗称', '家暴', '社会法/反家庭暴力法(2015-12-27).md'),
  q('俗称', '电信诈骗', 反电信网络诈骗法),
  q('俗称', '加班费', 劳动合同法, 劳动法), // 劳动合同法 第三十一条; 劳动法 第四十四条
  q('俗称', '七天无理由退货', 消费者权益保护法), // 第二十五条: 七日内退货，且无需说明理由

  // 全称: the full title as printed.
  q('全称', '中华人民共和国个人信息保护法', 个人信息保护法),
  q('全称', '中华人民共和国民法典', 民法典),
  q('全称', '中华人民共和国民事诉讼法', '诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md'),
  q('全称', '国有土地上房屋征收与补偿条例', 房屋征收与补偿条例),
  q('全称', '最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定', 彩礼规定),
  q('全称', '企业职工带薪年休假实施办法', '部门规章/人力资源社会保障部/企业职工带薪年休假实施办法(2008-07-17).md'),
  q('全称', '北京市物业管理条例', 'DLC/北京地方法规/地方性法规/北京/北京市物业管理条例(2024-03-29).md'),
]

/** The queries with their answers as addresses; a source path the corpus lacks is an error, not a silent miss. */
export function lawEvalQueries(slugs: ReadonlyMap<string, string>): EvalQuery[] {
  return LAW_QUERIES.map(({ category, query, expected }) => ({
    category,
    query,
    expected: expected.map((source) => {
      const slug = slugs.get(source)
      if (!slug) throw new Error(`检索评测：「${query}」的期望文件不在语料中：${source}`)
      return documentPath(slug)
    }),
  }))
}
