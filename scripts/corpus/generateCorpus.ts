/**
 * generateCorpus({ documents: N, seed }): a deterministic, realistic gazette of N
 * documents over 20 years: organisations with issuing codes, documents with strict
 * numbers and validity dates, a few relations, and interpretations. The same options
 * give the same corpus, byte for byte. Gazette issues (期) are not generated yet.
 */
import { corpusOrganization, generateOrganizations } from './organizations'
import { generateDocuments } from './documents'
import { generateInterpretations } from './interpretations'
import { readParagraphPool } from './paragraphs'
import { seededRandom } from './random'
import type { Corpus } from './types'

export type CorpusOptions = {
  documents: number
  /** Default 1. */
  seed?: number
  /** The last day a document may be written on; default 2025-12-31. The corpus spans the 20 years up to it. */
  lastDay?: string
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? 1
  const lastDay = options.lastDay ?? '2025-12-31'
  const firstDay = `${Number(lastDay.slice(0, 4)) - 19}-01-01`
  const random = seededRandom(seed)
  const pool = readParagraphPool()
  const issuers = generateOrganizations(random)
  const { documents, relations } = generateDocuments(random, issuers, pool, { documents: options.documents, firstDay, lastDay })
  const interpretations = generateInterpretations(random, documents, pool)
  return { seed, organizations: issuers.map(corpusOrganization), documents, relations, interpretations }
}
