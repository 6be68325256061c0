/**
 * 政策解读 of some documents (most often rules and normative documents), published with
 * them or within a few days, by their interpretation body: a text interpretation in
 * sections, or questions and answers.
 */
import { addDays } from '../../core/calendar/calendarArithmetic'
import { chineseNumeral } from './chinese'
import { localize, type ParagraphPool } from './paragraphs'
import type { Random } from './random'
import type { CorpusDocument, CorpusInterpretation } from './types'

const SHARE: Partial<Record<CorpusDocument['kind'], number>> = {
  rule: 0.5,
  'normative-government': 0.3,
  'normative-department': 0.15,
  other: 0.02,
}

export function generateInterpretations(random: Random, documents: CorpusDocument[], pool: ParagraphPool): CorpusInterpretation[] {
  const interpretations: CorpusInterpretation[] = []
  for (const document of documents) {
    if (!random.chance(SHARE[document.kind] ?? 0)) continue
    const year = Number(document.writtenDate.slice(0, 4))
    const place = (text: string) => localize(text, '河阳市', year)
    const name = /^.*关于印发(.+)的通知$/u.exec(document.title)?.[1] ?? document.title
    const form = random.chance(0.65) ? 'text' : 'qa'
    const lines: string[] = []
    if (form === 'text') {
      const headings = ['起草背景', '起草依据', '主要内容', '适用范围', '创新举措', '保障措施']
      random.sample(headings, random.int(3, 5)).forEach((heading, i) => {
        lines.push(`## ${chineseNumeral(i + 1)}、${heading}`)
        for (let k = random.int(1, 3); k > 0; k -= 1) lines.push(place(random.pick(pool.paragraphs)))
      })
    } else {
      for (let i = random.int(3, 6); i > 0; i -= 1) {
        lines.push(`### 问：${random.pick(pool.headings)}有哪些要求？`, `答：${place(random.pick(pool.paragraphs))}`)
      }
    }
    interpretations.push({
      slug: `jd-${document.slug}`,
      title: form === 'text' ? `《${name}》政策解读` : `《${name}》问答`,
      form,
      documents: [document.slug],
      interpretationBody: document.interpretationBody ?? (document.issuers[0] as string),
      publishedDate: addDays(document.publishedDate, random.int(0, 5)),
      disclosure: 'proactive',
      body: lines.join('\n\n'),
    })
  }
  return interpretations
}
