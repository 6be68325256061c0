/**
 * The fixed query set, drawn from the corpus itself so that every number query has one
 * right answer: words and two-character words readers type, document numbers (strict,
 * typed with other brackets, 统一编号, a rule's order number) and filtered searches.
 */
import { builtInDocumentKinds, documentKindLabel } from '../../../core/documents/documentKinds'
import type { Corpus, CorpusDocument } from '../../corpus'

export type BenchQuery = {
  kind: 'word' | 'two-char' | 'number' | 'filtered'
  /** What is typed in the search box; may be empty for a filter-only search. */
  query: string
  /** Search address parameters besides q (type, year, issuer, kind, status). */
  filters: Record<string, string>
  /** For number queries: the slug that must be the first result. */
  expected?: string
}

const WORDS = ['政务公开', '安全生产', '生活垃圾分类', '营商环境', '养老服务', '老旧小区改造', '住房公积金', '食品安全']
const TWO_CHARACTERS = ['养老', '消防', '教育', '医保', '停车', '公开', '通知', '办法']

export function searchQueries(corpus: Corpus): BenchQuery[] {
  const docs = corpus.documents
  const queries: BenchQuery[] = [
    ...WORDS.map((query) => ({ kind: 'word' as const, query, filters: {} })),
    ...TWO_CHARACTERS.map((query) => ({ kind: 'two-char' as const, query, filters: {} })),
  ]
  // Numbers of documents spread over the years, so that different lookup files are read.
  const numbered = docs.filter((d) => d.docNumber && d.kind !== 'rule')
  for (const share of [0.1, 0.35, 0.6, 0.85]) {
    const doc = numbered[Math.floor(share * (numbered.length - 1))]
    if (doc) queries.push(numberQuery(doc.docNumber as string, doc))
  }
  const typed = numbered[Math.floor(0.5 * (numbered.length - 1))]
  if (typed) queries.push(numberQuery((typed.docNumber as string).replace('〔', '[').replace('〕', ']'), typed))
  const unified = docs.filter((d) => d.unifiedNumber).at(-1)
  if (unified) queries.push(numberQuery(unified.unifiedNumber as string, unified))
  const rule = docs.filter((d) => d.kind === 'rule' && d.docNumber).at(-1)
  if (rule) queries.push(numberQuery(rule.docNumber as string, rule))

  const lastYear = Number(docs.at(-1)?.publishedDate.slice(0, 4) ?? 2025)
  // A filter-only search (no words) that lists something: an issuer and a year it published in.
  const byOffice = docs.filter((d) => d.issuers[0] === 'gov-office')
  const officeDoc = byOffice[Math.floor(byOffice.length * 0.6)]
  const office = corpus.organizations.find((o) => o.key === 'gov-office')
  queries.push(
    { kind: 'filtered', query: '安全生产', filters: { year: String(lastYear - 2) } },
    { kind: 'filtered', query: '办法', filters: { kind: documentKindLabel(builtInDocumentKinds, 'normative-government'), status: '有效' } },
    { kind: 'filtered', query: '养老', filters: { type: '政策解读' } },
    {
      kind: 'filtered',
      query: '',
      filters: { issuer: office?.name ?? '', year: officeDoc?.publishedDate.slice(0, 4) ?? String(lastYear) },
    },
  )
  return queries
}

function numberQuery(query: string, doc: CorpusDocument): BenchQuery {
  return { kind: 'number', query, filters: {}, expected: doc.slug }
}
