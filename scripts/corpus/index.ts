/**
 * A generated gazette for benchmarks and search evaluation:
 *   const corpus = generateCorpus({ documents: 10_000, seed: 1 })
 *   writeCorpusSnapshot(corpus, 'content/snapshot', { asOf: '2026-01-01' })   // without the CMS
 *   await loadCorpus(payload, corpus)                                          // through the Local API
 */
export { type CorpusOptions, generateCorpus } from './generateCorpus'
export { type LoadResult, loadCorpus } from './loadCorpus'
export { type SnapshotOptions, type WrittenSnapshot, writeCorpusSnapshot } from './writeCorpusSnapshot'
export type {
  Corpus,
  CorpusAlias,
  CorpusDocument,
  CorpusInterpretation,
  CorpusIssuingCode,
  CorpusOrganization,
  CorpusRelation,
} from './types'
