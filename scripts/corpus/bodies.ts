/**
 * Bodies in the samples' text format: an addressee line, a covering paragraph, numbered
 * sections of real sample paragraphs (re-placed) mixed with sentences on the document's
 * own topic, the closing clauses of normative documents (施行日期, 有效期, 解读), and the
 * signature. Rules are written as chapters and articles.
 */
import { chineseNumeral } from './chinese'
import { formatChineseDate as printedDate } from '../../core/display/chineseDate'
import { localize, type ParagraphPool } from './paragraphs'
import type { Random } from './random'
import type { Title } from './titles'
import type { Topic } from './topics'
import type { GeneratedKind } from './types'

export type BodyInput = {
  kind: GeneratedKind
  title: Title
  issuerNames: string[]
  place: string
  topic: Topic
  year: number
  writtenDate: string
  effectiveDate: string | null
  expiresOn: string | null
  /** Short name of the interpretation body, for the 负责解读 sentence. */
  interpreter: string | null
}

const SENTENCES: Array<(t: Topic, a: string, b: string, n: number, year: number) => string> = [
  (t, a, b) => `加强${a}管理，建立健全${b}工作机制，确保${t.name}各项工作落到实处。`,
  (_t, a, b, _n, year) => `各地各部门要按照职责分工，认真做好${a}和${b}工作，${year}年12月底前完成。`,
  (t, a) => `${a}实行属地管理，由所在地人民政府负责组织实施，${t.name}主管部门负责指导和监督。`,
  (_t, a, b) => `对${a}情况开展监督检查，发现问题及时督促整改，并将${b}整改结果向社会公开。`,
  (t, a, _b, n) => `支持社会力量参与${a}，安排专项资金${n * 10}万元，通过政府购买服务等方式提高${t.name}服务水平。`,
  (t, a, b, n) =>
    `到${n % 2 === 0 ? '年底' : '明年6月'}，全市${a}覆盖率达到${60 + (n % 40)}%以上，${b}工作取得明显成效，${t.name}长效机制基本建立。`,
  (_t, a, b, n) => `建立${a}台账，实行清单化管理，明确${(n % 9) + 1}项重点任务和${b}责任单位，按月调度、按季通报。`,
  (t, a) => `${t.name}工作中违反本规定的，由有关主管部门责令改正；造成${a}损失的，依法承担相应责任。`,
]

export function makeBody(random: Random, pool: ParagraphPool, input: BodyInput): string {
  const { kind, title, place, topic, year } = input
  const lines: string[] = []
  const sentence = () => {
    const [a, b] = random.sample(topic.terms, 2) as [string, string]
    return random.pick(SENTENCES)(topic, a, b, random.int(1, 99), year)
  }
  const paragraph = () => (random.chance(0.6) ? localize(random.pick(pool.paragraphs), place, year) : sentence())
  const signature = () => [...input.issuerNames.map((name) => `>> ${name}`), `>> ${printedDate(input.writtenDate)}`]
  const closing = () => {
    const clauses: string[] = []
    if (input.effectiveDate) {
      const expiry = input.expiresOn ? `，有效期至${printedDate(input.expiresOn)}` : ''
      clauses.push(`本${title.name?.endsWith('办法') ? '办法' : '文件'}自${printedDate(input.effectiveDate)}起施行${expiry}。`)
    }
    if (input.interpreter) clauses.push(`本文件由${input.interpreter}负责解读。`)
    return clauses
  }

  if (kind === 'rule') {
    lines.push(
      `《${title.title}》已经${printedDate(input.writtenDate)}${place}人民政府第${random.int(1, 60)}次常务会议审议通过，现予公布，自${printedDate(input.effectiveDate ?? input.writtenDate)}起施行。`,
    )
    lines.push(...signature())
    lines.push(`## ${title.title}`)
    let article = 1
    const chapters = random.int(3, 6)
    for (let chapter = 1; chapter <= chapters; chapter += 1) {
      const name = chapter === 1 ? '总则' : chapter === chapters ? '附则' : random.pick(pool.headings).slice(0, 12)
      lines.push(`### 第${chineseNumeral(chapter)}章　${name}`)
      if (chapter === 1)
        lines.push(`第${chineseNumeral(article++)}条　为了加强${topic.name}工作，根据有关法律、法规，结合本市实际，制定本办法。`)
      for (let i = random.int(3, 7); i > 0; i -= 1) lines.push(`第${chineseNumeral(article++)}条　${paragraph()}`)
    }
    lines.push(`第${chineseNumeral(article)}条　${closing().join('') || '本办法自公布之日起施行。'}`)
    return lines.join('\n\n')
  }

  lines.push(
    random.pick([
      `各${input.place.endsWith('市') ? '县（市、区）' : '乡镇'}人民政府，各有关部门：`,
      '各有关单位：',
      `${place}各有关部门、各有关单位：`,
    ]),
  )
  if (title.name) {
    lines.push(`《${title.name}》已经${place}人民政府同意，现印发给你们，请结合实际认真贯彻落实。`)
    lines.push(...signature(), '（此件公开发布）', `## ${title.name}`)
  } else {
    lines.push(`为深入推进${topic.name}工作，${sentence()}经研究，现就有关事项通知如下：`)
  }
  const heading = () =>
    random.chance(0.5)
      ? localize(random.pick(pool.headings), place, year)
      : `${random.pick(['加强', '完善', '规范', '推进'])}${random.pick(topic.terms)}`
  // Lengths as printed: a notice runs to two or three thousand characters, a normative document to more.
  const sections = kind === 'other' ? random.int(3, 6) : random.int(4, 8)
  for (let section = 1; section <= sections; section += 1) {
    lines.push(`## ${chineseNumeral(section)}、${heading()}`)
    const subsections = random.chance(0.4) ? random.int(2, 3) : 0
    for (let sub = 1; sub <= subsections; sub += 1) {
      lines.push(`### （${chineseNumeral(sub)}）${heading()}`)
      for (let i = random.int(1, 3); i > 0; i -= 1) lines.push(paragraph())
    }
    if (subsections === 0) for (let i = random.int(2, 5); i > 0; i -= 1) lines.push(paragraph())
  }
  lines.push(...closing())
  if (!title.name) lines.push(...signature(), '（此件公开发布）')
  return lines.join('\n\n')
}
