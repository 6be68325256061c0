/**
 * What the leak property test generates: for each document and interpretation a
 * disclosure attribute and a fate (never published in some review state, published,
 * published with a newer unreviewed draft, republished, withdrawn), and relations.
 */
import fc from 'fast-check'

export const DISCLOSURES = ['proactive', 'on-request', 'not-disclosed'] as const
export const DOC_FATES = ['draft', 'published', 'published-then-draft', 'republished', 'withdrawn'] as const
export const INTERP_FATES = ['draft', 'published', 'published-then-draft', 'withdrawn'] as const
export const PENDING_STATES = ['draft', 'submitted', 'approved', 'sent-back'] as const
export type Disclosure = (typeof DISCLOSURES)[number]

// Three runs of 56–60 documents and 12–14 interpretations: at least 204 items in all.
export const RUNS = 3
export const DOCS_PER_RUN = { minLength: 56, maxLength: 60 }
export const INTERPS_PER_RUN = { minLength: 12, maxLength: 14 }

export const suffix = fc.stringMatching(/^[a-z0-9]{6}$/)
// Half 主动公开, so that the public side (pages, search, relations, interpretations) is well covered too.
export const disclosure = fc.oneof(
  { weight: 2, arbitrary: fc.constant('proactive' as const) },
  { weight: 1, arbitrary: fc.constant('on-request' as const) },
  { weight: 1, arbitrary: fc.constant('not-disclosed' as const) },
)
export const docPlan = fc.record({
  disclosure,
  fate: fc.constantFrom(...DOC_FATES),
  /** The disclosure of the newer draft or of the republished version. */
  laterDisclosure: disclosure,
  /** The review state a never-published draft was left in. */
  pendingState: fc.constantFrom(...PENDING_STATES),
  draftBeforeWithdrawal: fc.boolean(),
  kind: fc.constantFrom('rule', 'normative-department', 'other'),
  writtenDay: fc.integer({ min: 0, max: 3650 }),
  publishedAfter: fc.integer({ min: 0, max: 30 }),
  effectiveAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  validForYears: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  numbered: fc.boolean(),
  suffix,
})
export const interpPlan = fc.record({
  disclosure,
  fate: fc.constantFrom(...INTERP_FATES),
  laterDisclosure: disclosure,
  pendingState: fc.constantFrom(...PENDING_STATES),
  /** Indices into this run's documents. */
  documents: fc.uniqueArray(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 2 }),
  /** The first document is one of this run's public ones (when there is one), so that some are exported. */
  linkPublic: fc.boolean(),
  suffix,
})
export const relationPlan = fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1000 }))
export type DocPlan = typeof docPlan extends fc.Arbitrary<infer T> ? T : never
export type InterpPlan = typeof interpPlan extends fc.Arbitrary<infer T> ? T : never
