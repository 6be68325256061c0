/**
 * Names of issuing organs as they are printed: in full in the signature
 * (常州市钟楼区人民政府办公室), shortened in titles and on web pages (区政府办公室,
 * 市旅游委). The importer needs to tell an organ's name from other short lines, and
 * to see that two spellings are the same organ.
 */

// How organ names end, longest first, so that 委员会 wins over 会.
const ORG_ENDINGS = [
  '人民政府',
  '人民代表大会常务委员会',
  '常务委员会',
  '领导小组',
  '管理委员会',
  '委员会',
  '管委会',
  '办公室',
  '办公厅',
  '人民法院',
  '人民检察院',
  '政府',
  '小组',
  '总局',
  '分局',
  '中心',
  '公司',
  '集团',
  '银行',
  '党组',
  '党委',
  '政协',
  '国务院',
  '指挥部',
  '工作组',
  '研究院',
  '联合会',
  '协会',
  '学会',
  '局',
  '厅',
  '委',
  '办',
  '署',
  '院',
  '部',
  '处',
  '科',
  '室',
  '站',
  '所',
  '队',
  '会',
  '社',
  '馆',
  '校',
].sort((a, b) => b.length - a.length)

const NAME = /^[\p{Script=Han}A-Za-z0-9（）()·]{2,40}$/u
// Organs whose whole name is an ending: 国务院 signs and issues on its own.
const STANDALONE = new Set(['国务院', '中央军委', '全国人大常委会', '最高人民法院', '最高人民检察院'])

/** True for text shaped like one organ's name: Han characters ending the way organ names end. */
export function isOrgName(text: string): boolean {
  const name = text.trim()
  if (STANDALONE.has(name)) return true
  if (!NAME.test(name) || /^\d/.test(name)) return false
  // The longest ending that fits must leave a name before it: 办公室 alone names no organ.
  const ending = ORG_ENDINGS.find((e) => name.endsWith(e))
  return ending !== undefined && name.length > ending.length
}

/**
 * The organs in a line that lists one or several (joint documents print
 * "市财政局 市教育局" or "市财政局、市教育局"), or null when any part is not a name.
 */
export function splitOrgNames(text: string): string[] | null {
  const parts = text.split(/[\s、，,]+/u).filter((part) => part !== '')
  if (parts.length === 0 || !parts.every(isOrgName)) return null
  return parts
}

/** Folds the usual abbreviations: 人民政府 → 政府, 委员会 → 委. */
function canonical(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/人民政府/g, '政府')
    .replace(/委员会$/u, '委')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
}

const LEVEL = /^[省市州盟区县旗镇乡]/u

/**
 * Whether two printed names can be the same organ: equal once abbreviations are folded,
 * or one is the other without its place name (区政府办公室 and 常州市钟楼区人民政府办公室,
 * 市政府办公室 and 运城市人民政府办公室). The short form must start with its level
 * (市, 区, 县 …), so 办公室 alone matches nothing.
 */
export function sameOrganization(a: string, b: string): boolean {
  const x = canonical(a)
  const y = canonical(b)
  if (x === y) return true
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return short.length >= 3 && LEVEL.test(short) && long.endsWith(short)
}

/** Of two spellings of one organ, the one to keep: the longer, which is the fuller name. */
export function fullerName(a: string, b: string): string {
  return b.replace(/\s+/g, '').length > a.replace(/\s+/g, '').length ? b : a
}

/**
 * The organs a title names before 关于 ("市财政局 市教育局关于…"), or []. In
 * "国务院办公厅转发国家教委关于…" the issuer is the organ before 转发 (or 批转).
 */
export function organsInTitle(title: string): string[] {
  const m = /^(.{2,80}?)(?:转发|批转|关于)/u.exec(title)
  if (!m) return []
  const parts = (m[1] ?? '').split(/[\s、，,]+/u).filter((p) => p !== '')
  return parts.length > 0 && parts.every(isOrgName) ? parts : []
}
