/**
 * The bodies a history line of a law names as acting: 第十一届全国人民代表大会常务委员会第十次会议通过
 * names 全国人民代表大会常务委员会, 国务院令第696号公布 names 国务院, 人力资源和社会保障部第6次部务会议通过
 * names 人力资源和社会保障部. Only what the line says; nothing is looked up.
 */

const SESSION = '第?[一二三四五六七八九十]+届'
// 第五届全国人民代表大会 (national: the term comes first) and 北京市第十四届人民代表大会常务委员会 (local: the place first).
const NATIONAL_CONGRESS = new RegExp(`全国人民代表大会(常务委员会)?`, 'gu')
const LOCAL_CONGRESS = new RegExp(`(\\p{Script=Han}{0,12}?(?:省|市|自治区|自治州|县|区))(?:${SESSION})?人民代表大会(常务委员会)?`, 'gu')
// A local government's rule, filed among local regulations: 北京市人民政府第56次常务会议审议通过.
const LOCAL_GOVERNMENT = /(\p{Script=Han}{2,12}?(?:省|市|自治区|自治州|县|区))人民政府/gu
// A place named by its kind alone (市十四届人大常委会) is the title's place when that is of the same kind.
const TITLE_PLACE = /^(\p{Script=Han}+?(?:省|市|自治区|自治州|县))/u
/** Bodies named outright, with the short forms the lines also use. */
const NAMED: ReadonlyArray<[string, string[]]> = [
  ['中共中央', ['中共中央']],
  ['国务院', ['国务院']],
  ['中央军事委员会', ['中央军事委员会', '中央军委']],
  ['最高人民法院', ['最高人民法院']],
  ['最高人民检察院', ['最高人民检察院']],
]
// Ministries and agencies acting by their own order or meeting, alone or jointly: 国家市场监督管理总局令,
// 海关总署、公安部令, 公安部部长办公会议, 人力资源和社会保障部第6次部务会议. Tried only when no congress,
// State Council or court is named and the line is not about a congress, whose 常务委员会 would match.
const AGENCY_NAME = '\\p{Script=Han}{2,14}?(?:部|总局|总署|署|局|委员会|银行)'
const AGENCY = new RegExp(
  `(?:中华人民共和国)?((?:${AGENCY_NAME}、)*${AGENCY_NAME})(?:令|第[〇一二三四五六七八九十百\\d]+次\\p{Script=Han}{0,4}会议|\\p{Script=Han}{0,3}办公会议|发布|公布)`,
  'u',
)
// What leads into a name in running text: 经人力资源和社会保障部…, 根据山东省…, …2020年9月25日上海市….
const LEAD = /^.*[年月日、，的]|^(?:经|由|根据|依据|依照|按照)/u

/** The bodies named in one history line, in the order they appear; `title` gives the place a line leaves out. */
export function issuerNames(text: string, title = ''): string[] {
  // 人大 and 人大常委会 are how lines often shorten the congress and its standing committee.
  const line = text.replace(/人大常委会/gu, '人民代表大会常务委员会').replace(/人大(?!常)/gu, '人民代表大会')
  const home = TITLE_PLACE.exec(title)?.[1] ?? null
  const found: Array<{ at: number; name: string }> = []
  for (const match of line.matchAll(NATIONAL_CONGRESS)) {
    found.push({ at: match.index, name: `全国人民代表大会${match[1] ?? ''}` })
  }
  for (const match of line.matchAll(LOCAL_CONGRESS)) {
    const named = (match[1] ?? '').replace(LEAD, '')
    const place = named.length > 1 ? named : home?.endsWith(named) ? home : null
    if (place) found.push({ at: match.index, name: `${place}人民代表大会${match[2] ?? ''}` })
  }
  for (const match of line.matchAll(LOCAL_GOVERNMENT)) {
    found.push({ at: match.index, name: `${(match[1] ?? '').replace(LEAD, '')}人民政府` })
  }
  for (const [name, forms] of NAMED) {
    const at = Math.min(...forms.map((form) => line.indexOf(form)).filter((index) => index >= 0))
    if (Number.isFinite(at)) found.push({ at, name })
  }
  if (found.length === 0 && !line.includes('人民代表大会')) {
    const agency = AGENCY.exec(line)
    for (const name of agency?.[1]?.split('、') ?? []) found.push({ at: agency?.index ?? 0, name: name.replace(LEAD, '') })
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((item) => item.name))]
}
