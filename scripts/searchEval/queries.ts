/**
 * The project's search query set: what readers type, each with the documents that count as
 * the right answer. Hand-written queries cover the real sample documents; the rest are drawn
 * deterministically from the generated corpus by what its documents really hold (an alias,
 * a title, a number, a keyword, a sentence), so every expected answer exists and can be missed.
 */
import type { Corpus, CorpusDocument } from '../corpus'
import { documentPath } from '../../core/addresses'

// 主题 and 条文 are the real-text set's (lawQueries.ts): a topic many titles hold, a provision typed whole.
export type QueryCategory =
  '简称' | '曾用名' | '全称' | '名称' | '机关+主题' | '文号' | '两字词' | '俗称' | '短语' | '样例' | '主题' | '条文'

export interface EvalQuery {
  category: QueryCategory
  query: string
  /** Addresses any of which is a right first answer. */
  expected: string[]
  /** Written after the ranking rules and never used to tune them: reported apart as well. */
  heldOut?: boolean
}

const url = documentPath

/** Queries over the five real samples, answered by reading them. */
const SAMPLE_QUERIES: Array<[string, string]> = [
  ['运政办发[2022]18号', '2022-yuncheng-zwgk-yaodian'],
  ['锦政公领发（2019）第1号', '2019-jinzhou-zwgk-gongzuo-anpai'],
  ['运城市2022年政务公开工作要点', '2022-yuncheng-zwgk-yaodian'],
  ['2019年政务公开工作安排', '2019-jinzhou-zwgk-gongzuo-anpai'],
  ['全面落实基层政务公开标准化规范化工作的推进方案', '2020-jixian-jiceng-zwgk-fangan'],
  ['基层政务公开标准化规范化', '2020-jixian-jiceng-zwgk-fangan'],
  ['规范政务公开工作实施意见', '2021-zhonglou-guifan-zwgk-yijian'],
  ['关于全面推进政务公开工作的实施方案', '2018-lvyouwei-zwgk-fangan'],
  ['集贤县 政务公开', '2020-jixian-jiceng-zwgk-fangan'],
  ['钟楼区 政务公开', '2021-zhonglou-guifan-zwgk-yijian'],
  ['锦州 政务公开', '2019-jinzhou-zwgk-gongzuo-anpai'],
  ['旅游委 政务公开', '2018-lvyouwei-zwgk-fangan'],
  // No phrases from the samples' text: generated bodies reuse their paragraphs (see 短语 instead).
]

/** How many queries of each generated category. */
const PER_CATEGORY = 7

export function evalQueries(corpus: Corpus): EvalQuery[] {
  const documents = corpus.documents
  const slugs = new Set(documents.map((document) => document.slug))
  const queries: EvalQuery[] = SAMPLE_QUERIES.filter(([, slug]) => slugs.has(slug)).map(([query, slug]) => ({
    category: '样例',
    query,
    expected: [url(slug)],
  }))
  const organizations = new Map(corpus.organizations.map((organization) => [organization.key, organization]))
  // Candidates evenly spaced over the list (documents are oldest first), so picks spread over
  // the 20 years whatever the corpus size; three times as many as needed, as some are skipped.
  const spread = <T>(candidates: T[], times = 3): T[] => {
    const wanted = Math.min(candidates.length, PER_CATEGORY * times)
    return Array.from({ length: wanted }, (_, index) => candidates[Math.floor((index * candidates.length) / wanted)] as T)
  }
  const add = (category: QueryCategory, picks: Array<{ query: string; expected: CorpusDocument[] } | null>) => {
    const valid = [
      ...new Map(picks.filter((pick) => pick !== null && pick.expected.length > 0).map((pick) => [pick?.query, pick])).values(),
    ]
    for (const pick of spread(valid, 1)) {
      if (!pick) continue
      queries.push({ category, query: pick.query, expected: pick.expected.map((document) => url(document.slug)) })
    }
  }
  // 关于印发X的通知 is cited as X.
  const distributed = (document: CorpusDocument) => /关于印发(.+)的通知$/.exec(document.title)?.[1] ?? null
  // The documents bearing the alias, and the other versions of the same document (the same
  // title; the generator gives the alias to some versions only) or a document named so outright.
  const withAlias = (name: string, kind: 'short' | 'former') => {
    const holders = documents.filter((document) => document.aliases.some((alias) => alias.name === name && alias.kind === kind))
    const titles = new Set(holders.map((document) => document.title))
    return documents.filter((document) => holders.includes(document) || titles.has(document.title) || distributed(document) === name)
  }

  for (const kind of ['short', 'former'] as const) {
    add(
      kind === 'short' ? '简称' : '曾用名',
      spread(documents.filter((document) => document.aliases.some((alias) => alias.kind === kind))).map((document) => {
        const name = document.aliases.find((alias) => alias.kind === kind)?.name ?? ''
        return { query: name, expected: withAlias(name, kind) }
      }),
    )
  }

  add(
    '全称',
    spread(documents).map((document) => ({ query: document.title, expected: documents.filter((other) => other.title === document.title) })),
  )

  add(
    '名称',
    spread(documents.filter((document) => distributed(document) !== null)).map((document) => {
      const name = distributed(document) as string
      return { query: name, expected: documents.filter((other) => distributed(other) === name) }
    }),
  )

  add(
    '机关+主题',
    spread(documents.filter((document) => document.keywords.length > 0)).map((document) => {
      const issuer = organizations.get(document.issuers[0] ?? '')
      const keyword = document.keywords[0] as string
      if (!issuer) return null
      const expected = documents.filter((other) => other.issuers.includes(issuer.key) && other.title.includes(keyword))
      // Only combinations that narrow to a few documents: otherwise any answer is right.
      return expected.length > 0 && expected.length <= 5 ? { query: `${issuer.name} ${keyword}`, expected } : null
    }),
  )

  const variants = [
    (number: string) => number.replace('〔', '[').replace('〕', ']'),
    (number: string) => number.replace('〔', '（').replace('〕', '）第0'),
    (number: string) => number.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)),
    (number: string) => number.replace('〔', ' 〔').replace('〕', '〕 '),
  ]
  add(
    '文号',
    spread(documents.filter((document) => document.docNumber?.includes('〔'))).map((document, index) => ({
      query: (variants[index % variants.length] as (number: string) => string)(document.docNumber as string),
      expected: documents.filter((other) => other.docNumber === document.docNumber),
    })),
  )

  // Two-character topic words (燃气, 档案…): any document with the word in its title is right.
  const twoCharacter = [
    ...new Set(documents.flatMap((document) => document.keywords).filter((keyword) => /^[\u4e00-\u9fa5]{2}$/.test(keyword))),
  ]
  add(
    '两字词',
    twoCharacter
      .filter((_, index) => index % 3 === 0)
      .map((word) => ({ query: word, expected: documents.filter((document) => document.title.includes(word)) })),
  )

  // Keywords that no title uses (放管服, 明厨亮灶…): any document tagged with it is right.
  const colloquial = [...new Set(documents.flatMap((document) => document.keywords))].filter(
    (keyword) => keyword.length >= 3 && !documents.some((document) => document.title.includes(keyword)),
  )
  add(
    '俗称',
    colloquial.map((keyword) => ({ query: keyword, expected: documents.filter((document) => document.keywords.includes(keyword)) })),
  )

  // A clause of 8 to 16 characters from one body that no other body has, quoted.
  const compactBodies = documents.map((document) => document.body.replace(/\s+/g, ''))
  add(
    '短语',
    spread(documents).map((document) => {
      const clauses = document.body.split(/[，。；：,;:\n]/).filter((clause) => /^[\u4e00-\u9fa5、]{8,16}$/.test(clause.trim()))
      for (const clause of clauses) {
        const holders = documents.filter((_, index) => compactBodies[index]?.includes(clause.trim()))
        if (holders.length === 1) return { query: `“${clause.trim()}”`, expected: holders }
      }
      return null
    }),
  )
  return queries
}
