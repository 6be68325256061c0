import { SEARCH_FIELDS } from './fieldNames'

/**
 * Pagefind ranking parameters (https://pagefind.app/docs/ranking/), tuned with
 * `npm run search:eval` on the project's query set. Gazette documents range from a one-page
 * notice to a fifty-page plan: the default pageLength (0.75) buries the long document a
 * reader asks for under short ones that merely mention its words.
 */
export interface RankingOptions {
  termFrequency?: number
  termSimilarity?: number
  pageLength?: number
  termSaturation?: number
  metaWeights?: Record<string, number>
}

export const RANKING: RankingOptions = {
  pageLength: 0.2,
  termSaturation: 1.2,
  metaWeights: {
    title: 5,
    [SEARCH_FIELDS.titleWords]: 8,
    [SEARCH_FIELDS.names]: 6,
    [SEARCH_FIELDS.formerTitles]: 6,
    [SEARCH_FIELDS.issuer]: 2,
    [SEARCH_FIELDS.number]: 3,
  },
}
