/**
 * The guarantee, as a property: the public site and API show exactly what was reviewed
 * and approved as 主动公开, and nothing else, ever.
 *
 * fast-check generates hundreds of documents and interpretations in random states —
 * disclosure (主动公开 / 依申请公开 / 不予公开 with a reason), fate (a draft never published,
 * in any review state; published; published with a newer unreviewed draft; published
 * and republished in a new version; published and withdrawn by a publisher through the
 * REST workflow, with or without a draft in between), kinds, dates, numbers, relations
 * between them — on a real gazette (real config, migrations, SQLite). Each item carries
 * unique marker words (leak tokens) in its title, body, keywords, and in every version
 * and reason that must stay hidden. Then every public output is read and its markers
 * compared with the ledger: the exported snapshot, the anonymous REST API (lists, by id,
 * drafts asked for, populated relationships and joins), GraphQL, and finally the built
 * site (every file in dist/, Pagefind's compressed index included).
 */
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { LexicalState } from '../../cms/snapshot/lexical'
import { buildSite, repoTempDir } from './helpers/leakSite'
import { filesUnder, fileText, Ledger, newToken, tokensIn, tokensUnder } from './helpers/leakTokens'
import { call, signIn } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const DISCLOSURES = ['proactive', 'on-request', 'not-disclosed'] as const
const DOC_FATES = ['draft', 'published', 'published-then-draft', 'republished', 'withdrawn'] as const
const INTERP_FATES = ['draft', 'published', 'published-then-draft', 'withdrawn'] as const
const PENDING_STATES = ['draft', 'submitted', 'approved', 'sent-back'] as const
type Disclosure = (typeof DISCLOSURES)[number]

// Three runs of 56–60 documents and 12–14 interpretations: at least 204 items in all.
const RUNS = 3
const DOCS_PER_RUN = { minLength: 56, maxLength: 60 }
const INTERPS_PER_RUN = { minLength: 12, maxLength: 14 }

const suffix = fc.stringMatching(/^[a-z0-9]{6}$/)
// Half 主动公开, so that the public side (pages, search, relations, interpretations) is well covered too.
const disclosure = fc.oneof(
  { weight: 2, arbitrary: fc.constant('proactive' as const) },
  { weight: 1, arbitrary: fc.constant('on-request' as const) },
  { weight: 1, arbitrary: fc.constant('not-disclosed' as const) },
)
const docPlan = fc.record({
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
const interpPlan = fc.record({
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
const relationPlan = fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1000 }))
type DocPlan = typeof docPlan extends fc.Arbitrary<infer T> ? T : never
type InterpPlan = typeof interpPlan extends fc.Arbitrary<infer T> ? T : never

/** What the ledger knows of each item once created. */
type Item = {
  owner: string
  collection: 'documents' | 'interpretations'
  id: number
  slug: string
  category: string
  /** The published version's disclosure, or null when nothing is published now. */
  publishedDisclosure: Disclosure | null
  /** Markers of the current published version (title, body, keyword). */
  current: string[]
  /** The current published version's title marker (withdrawal notices show it). */
  titleToken: string | null
  /**
   * Withdrawn after a newer draft changed the disclosure: the notice is left out (the
   * export filters on the stored document's disclosure, which is the draft's), which
   * shows less, never more; see the report in the commit.
   */
  noticeOptional?: boolean
  withdrawn: boolean
  documents: number[]
  number: { strict: string; year: number; serial: number } | null
}

let gazette: TempGazette
let publisher: string
let orgId: number
const ledger = new Ledger()
const items: Item[] = []
/** Numbers: strict string → public or not. */
const numbers = new Map<string, boolean>()
const counts = new Map<string, number>()
let relationsCreated = 0
let serial = 0

const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
const isoDay = (offsetDays: number) => new Date(Date.UTC(2016, 0, 1) + offsetDays * 86_400_000).toISOString().slice(0, 10)
const at = (day: string) => `${day}T04:00:00.000Z`
const addYears = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`.replace('-02-29', '-02-28')
const reasonFor = (disclosure: Disclosure, token: string | null) => (disclosure === 'proactive' ? null : `涉及第三方合法权益 ${token}`)

function body(...tokens: string[]): LexicalState {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: tokens.map((token) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [{ type: 'text', text: `第一条 为规范管理，制定本办法。正文标记 ${token} 。`, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}

const ROLES = {
  current: { title: 'title', body: 'body' },
  old: { title: 'oldTitle', body: 'oldBody' },
  draft: { title: 'draftTitle', body: 'draftBody' },
} as const

/** Fresh markers for one version of an item: its title, body and (current versions only) a keyword. */
function plantVersion(owner: string, category: string, s: string, withKeyword: boolean, version: keyof typeof ROLES) {
  const title = ledger.plant(newToken(s), owner, ROLES[version].title, category)
  const text = ledger.plant(newToken(s), owner, ROLES[version].body, category)
  const keyword = withKeyword && version === 'current' ? ledger.plant(newToken(s), owner, 'keyword', category) : null
  return { title, text, keyword }
}

async function createDocument(plan: DocPlan, run: number, index: number): Promise<Item> {
  const { payload } = gazette
  const category = `document ${plan.fate} ${plan.disclosure}${plan.fate === 'published-then-draft' || plan.fate === 'republished' ? `→${plan.laterDisclosure}` : ''}${plan.fate === 'draft' ? ` (${plan.pendingState})` : ''}${plan.fate === 'withdrawn' && plan.draftBeforeWithdrawal ? ' (draft before withdrawal)' : ''}`
  count(category)
  const owner = `document r${run}#${index}`
  const written = isoDay(plan.writtenDay)
  const published = isoDay(plan.writtenDay + plan.publishedAfter)
  const effective = plan.effectiveAfter === null ? null : isoDay(plan.writtenDay + plan.publishedAfter + plan.effectiveAfter)
  const expires = effective && plan.validForYears ? addYears(effective, plan.validForYears) : null
  const number = plan.numbered ? { year: Number(written.slice(0, 4)), serial: (serial += 1) } : null
  const strict = number ? `测试发〔${number.year}〕${number.serial}号` : null

  const first = plan.fate === 'republished' ? plantVersion(owner, category, plan.suffix, true, 'old') : plantVersion(owner, category, plan.suffix, true, 'current')
  const reason = plan.disclosure === 'proactive' ? null : ledger.plant(newToken(plan.suffix), owner, 'disclosureReason', category)
  const base = {
    title: `测试市某局关于规范管理的通知 ${first.title}`,
    kind: plan.kind,
    issuers: [orgId],
    writtenDate: at(written),
    publishedDate: at(published),
    effectiveDate: effective ? at(effective) : null,
    expiresOn: expires ? at(expires) : null,
    docNumberRaw: strict,
    disclosure: plan.disclosure,
    disclosureReason: reasonFor(plan.disclosure, reason),
    keywords: ['政务公开', ...(first.keyword ? [first.keyword] : [])],
    subject: '综合政务',
    body: body(first.text) as never,
  }

  if (plan.fate === 'draft') {
    const doc = await payload.create({ collection: 'documents', data: { ...base, _status: 'draft', reviewState: plan.pendingState }, draft: true, depth: 0 })
    if (strict) numbers.set(strict, false)
    return { owner, collection: 'documents', id: doc.id, slug: String(doc.slug), category, publishedDisclosure: null, current: [], titleToken: null, withdrawn: false, documents: [], number: null }
  }

  const doc = await payload.create({ collection: 'documents', data: { ...base, _status: 'published' }, depth: 0 })
  let publishedDisclosure: Disclosure | null = plan.disclosure
  let current = [first.title, first.text, ...(first.keyword ? [first.keyword] : [])]
  let titleToken: string | null = first.title
  let withdrawn = false

  const newerDraft = async () => {
    const draft = plantVersion(owner, category, plan.suffix, false, 'draft')
    const laterReason = plan.laterDisclosure === 'proactive' ? null : ledger.plant(newToken(plan.suffix), owner, 'disclosureReason', category)
    // A newer draft may change the number too: that number was never approved either.
    const draftNumber = number ? `测试发〔${number.year}〕${(serial += 1)}号` : null
    if (draftNumber) numbers.set(draftNumber, false)
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: {
        title: `测试市某局关于规范管理的通知（修改稿） ${draft.title}`,
        body: body(draft.text) as never,
        disclosure: plan.laterDisclosure,
        disclosureReason: reasonFor(plan.laterDisclosure, laterReason),
        ...(draftNumber ? { docNumberRaw: draftNumber } : {}),
      },
      draft: true,
      depth: 0,
    })
  }

  if (plan.fate === 'published-then-draft') await newerDraft()
  if (plan.fate === 'republished') {
    const second = plantVersion(owner, category, plan.suffix, true, 'current')
    const laterReason = plan.laterDisclosure === 'proactive' ? null : ledger.plant(newToken(plan.suffix), owner, 'disclosureReason', category)
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: {
        title: `测试市某局关于规范管理的通知（第二版） ${second.title}`,
        body: body(second.text) as never,
        keywords: ['政务公开', ...(second.keyword ? [second.keyword] : [])],
        disclosure: plan.laterDisclosure,
        disclosureReason: reasonFor(plan.laterDisclosure, laterReason),
        _status: 'published',
      },
      depth: 0,
    })
    publishedDisclosure = plan.laterDisclosure
    current = [second.title, second.text, ...(second.keyword ? [second.keyword] : [])]
    titleToken = second.title
  }
  if (plan.fate === 'withdrawn') {
    if (plan.draftBeforeWithdrawal) await newerDraft()
    const withdrawReason = ledger.plant(newToken(plan.suffix), owner, 'withdrawReason', category)
    const response = await call(gazette, publisher, 'PATCH', `/api/documents/${doc.id}?draft=true`, { workflowAction: 'withdraw', workflowReason: `发现内容有误 ${withdrawReason}` })
    if (response.status !== 200) throw new Error(`withdrawal of ${owner} refused: ${response.status} ${await response.text()}`)
    withdrawn = true
  }
  const isPublic = !withdrawn && publishedDisclosure === 'proactive'
  if (strict) numbers.set(strict, isPublic)
  return {
    owner,
    collection: 'documents',
    id: doc.id,
    slug: String(doc.slug),
    category,
    publishedDisclosure: withdrawn ? null : publishedDisclosure,
    current: withdrawn ? [] : current,
    titleToken: withdrawn && plan.disclosure === 'proactive' ? titleToken : isPublic ? titleToken : null,
    noticeOptional: withdrawn && plan.draftBeforeWithdrawal && plan.laterDisclosure !== 'proactive',
    withdrawn,
    documents: [],
    number: strict && number ? { strict, ...number } : null,
  }
}

async function createInterpretation(plan: InterpPlan, run: number, index: number, documents: Item[]): Promise<Item> {
  const { payload } = gazette
  const category = `interpretation ${plan.fate} ${plan.disclosure}${plan.fate === 'published-then-draft' ? `→${plan.laterDisclosure}` : ''}`
  count(category)
  const owner = `interpretation r${run}#${index}`
  const publicOnes = documents.filter((d) => d.publishedDisclosure === 'proactive')
  const pick = (i: number, n: number) => (n === 0 && plan.linkPublic && publicOnes.length > 0 ? publicOnes[i % publicOnes.length] : documents[i % documents.length]) as Item
  const linked = [...new Set(plan.documents.map(pick))]
  const first = plantVersion(owner, category, plan.suffix, false, 'current')
  const reason = plan.disclosure === 'proactive' ? null : ledger.plant(newToken(plan.suffix), owner, 'disclosureReason', category)
  const data = {
    title: `《测试市某局关于规范管理的通知》政策解读 ${first.title}`,
    documents: linked.map((d) => d.id),
    form: 'text' as const,
    interpretationBody: orgId,
    publishedDate: at('2024-06-03'),
    disclosure: plan.disclosure,
    disclosureReason: reasonFor(plan.disclosure, reason),
    body: body(first.text) as never,
  }
  const item = (publishedDisclosure: Disclosure | null, current: string[], withdrawn: boolean, id: number, slug: string): Item => ({
    owner,
    collection: 'interpretations',
    id,
    slug,
    category,
    publishedDisclosure,
    current,
    titleToken: null,
    withdrawn,
    documents: linked.map((d) => d.id),
    number: null,
  })
  if (plan.fate === 'draft') {
    const doc = await payload.create({ collection: 'interpretations', data: { ...data, _status: 'draft', reviewState: plan.pendingState }, draft: true, depth: 0 })
    return item(null, [], false, doc.id, String(doc.slug))
  }
  const doc = await payload.create({ collection: 'interpretations', data: { ...data, _status: 'published' }, depth: 0 })
  if (plan.fate === 'published-then-draft') {
    const draft = plantVersion(owner, category, plan.suffix, false, 'draft')
    const laterReason = plan.laterDisclosure === 'proactive' ? null : ledger.plant(newToken(plan.suffix), owner, 'disclosureReason', category)
    await payload.update({
      collection: 'interpretations',
      id: doc.id,
      data: {
        title: `政策解读（修改稿） ${draft.title}`,
        body: body(draft.text) as never,
        disclosure: plan.laterDisclosure,
        disclosureReason: reasonFor(plan.laterDisclosure, laterReason),
      },
      draft: true,
      depth: 0,
    })
  }
  if (plan.fate === 'withdrawn') {
    const withdrawReason = ledger.plant(newToken(plan.suffix), owner, 'withdrawReason', category)
    const response = await call(gazette, publisher, 'PATCH', `/api/interpretations/${doc.id}?draft=true`, { workflowAction: 'withdraw', workflowReason: `解读有误 ${withdrawReason}` })
    if (response.status !== 200) throw new Error(`withdrawal of ${owner} refused: ${response.status} ${await response.text()}`)
    return item(null, [], true, doc.id, String(doc.slug))
  }
  return item(plan.disclosure, [first.title, first.text], false, doc.id, String(doc.slug))
}

/** What each audience may see, computed from the ledger. */
function expectations() {
  const publicDocs = items.filter((i) => i.collection === 'documents' && i.publishedDisclosure === 'proactive')
  const publicDocIds = new Set(publicDocs.map((d) => d.id))
  const publicInterps = items.filter((i) => i.collection === 'interpretations' && i.publishedDisclosure === 'proactive')
  // The snapshot drops an interpretation none of whose documents is public: it would link to nothing.
  const exportedInterps = publicInterps.filter((i) => i.documents.some((id) => publicDocIds.has(id)))
  const tokens = (list: Item[]) => new Set(list.flatMap((i) => i.current))
  const withdrawnPublic = items.filter((i) => i.collection === 'documents' && i.withdrawn && i.titleToken)
  const notices = new Set(withdrawnPublic.map((i) => i.titleToken as string))
  const requiredNotices = new Set(withdrawnPublic.filter((i) => !i.noticeOptional).map((i) => i.titleToken as string))
  return {
    publicDocs,
    docTokens: tokens(publicDocs),
    interpTokens: tokens(publicInterps),
    exportedInterpTokens: tokens(exportedInterps),
    notices,
    requiredNotices,
    allPublic: new Set([...tokens(publicDocs), ...tokens(publicInterps)]),
  }
}

const union = (...sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]))

/** Hidden numbers (strict form) that appear in a text. */
function hiddenNumbersIn(text: string): string[] {
  return [...text.matchAll(/测试发〔\d{4}〕\d+号/g)].map((m) => m[0]).filter((n) => numbers.get(n) !== true)
}

async function restText(pathAndQuery: string): Promise<{ status: number; text: string }> {
  const response = await gazette.rest(pathAndQuery)
  return { status: response.status, text: await response.text() }
}

async function graphqlText(query: string): Promise<string> {
  const response = await gazette.graphql(query)
  const text = await response.text()
  if (response.status !== 200) throw new Error(`GraphQL ${response.status}: ${text.slice(0, 2000)}`)
  const parsed = JSON.parse(text) as { errors?: unknown[] }
  if (parsed.errors?.length) throw new Error(`GraphQL errors: ${text.slice(0, 2000)}`)
  return text
}

const documentFields = `id title keywords body docNumber
  interpretations { docs { title body documents { title body keywords } } }
  actsOn { docs { from { title body } to { title body keywords } } }
  actedOnBy { docs { from { title body keywords } to { title body } } }`
const interpretationFields = 'title body documents { title body keywords interpretations { docs { title body } } }'
const relationFields = 'kind from { title body keywords } to { title body keywords }'

/** Every public output of the CMS, read anonymously, checked against the ledger. */
async function checkOutputs(runItems: Item[]): Promise<string[]> {
  const e = expectations()
  const problems: string[] = []
  const check = (where: string, text: string, expected: Set<string>, allowed: Set<string>) => {
    problems.push(...ledger.compare(where, tokensIn(text), expected, allowed))
    for (const n of hiddenNumbersIn(text)) problems.push(`LEAK in ${where}: hidden number ${n}`)
  }

  // 1. The snapshot, written by the real export.
  const { exportSnapshot } = await import('../../cms/snapshot/exportSnapshot')
  const outDir = path.join(gazette.dir, 'snapshot')
  await exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { withdrawn: unknown[] } & Record<string, unknown>
  const { withdrawn, ...rest } = manifest
  const snapshotText = [JSON.stringify(rest), ...filesUnder(outDir).filter((f) => f !== 'manifest.json').map((f) => `${f}\n${fileText(path.join(outDir, f))}`)].join('\n')
  check('snapshot', snapshotText, union(e.docTokens, e.exportedInterpTokens), new Set())
  // Withdrawal notices: exactly the titles last published as 主动公开, and nothing else of them.
  check('snapshot withdrawal notices', JSON.stringify(withdrawn), e.requiredNotices, e.notices)
  for (const doc of e.publicDocs) {
    if (!fs.existsSync(path.join(outDir, 'documents', `${doc.slug}.json`))) problems.push(`MISSING snapshot file for ${doc.slug}`)
  }
  const exportedFiles = new Set(filesUnder(path.join(outDir, 'documents')).map((f) => f.replace(/\.json$/, '')))
  for (const item of items) {
    if (item.collection === 'documents' && item.publishedDisclosure !== 'proactive' && exportedFiles.has(item.slug)) {
      problems.push(`LEAK in snapshot: a file for hidden document ${item.slug} (${item.category})`)
    }
  }

  // 2. The anonymous REST API: lists with relationships and joins populated two levels deep.
  const lists: Array<[string, Set<string>, Set<string>]> = [
    ['/api/documents?limit=0&depth=2', e.docTokens, e.interpTokens],
    ['/api/documents?limit=0&depth=2&draft=true', new Set(), e.allPublic],
    ['/api/interpretations?limit=0&depth=2', e.interpTokens, e.docTokens],
    ['/api/interpretations?limit=0&depth=2&draft=true', new Set(), e.allPublic],
    ['/api/document-relations?limit=0&depth=2', new Set(), e.allPublic],
    ['/api/documents?limit=0&depth=0&where[disclosure][not_equals]=proactive', new Set(), new Set()],
    ['/api/documents?limit=0&depth=0&where[_status][equals]=draft&draft=true', new Set(), new Set()],
  ]
  for (const [query, expected, allowed] of lists) {
    const { status, text } = await restText(query)
    if (status !== 200) problems.push(`REST ${query} answered ${status}`)
    check(`REST ${query}`, text, expected, allowed)
  }
  // By id, this run's items: hidden ones are not found, public ones show only their published version.
  for (const item of runItems) {
    for (const query of [`/api/${item.collection}/${item.id}?depth=2`, `/api/${item.collection}/${item.id}?depth=2&draft=true`]) {
      const { status, text } = await restText(query)
      const isPublic = item.publishedDisclosure === 'proactive'
      if (!isPublic && status === 200) problems.push(`LEAK: REST ${query} answered 200 for hidden ${item.category}`)
      if (isPublic && !query.includes('draft=true')) {
        if (status !== 200) problems.push(`REST ${query} answered ${status} for public ${item.category}`)
        check(`REST ${query}`, text, new Set(item.current), e.allPublic)
      } else {
        check(`REST ${query}`, text, new Set(), e.allPublic)
      }
    }
  }

  // Control: staff do see the hidden markers, so their absence above is not an accident of the scan.
  const staffView = tokensIn(await (await call(gazette, publisher, 'GET', '/api/documents?limit=0&depth=0&draft=true')).text())
  for (const role of ['draftTitle', 'draftBody', 'disclosureReason'] as const) {
    const owners = new Set(runItems.filter((i) => i.collection === 'documents').map((i) => i.owner))
    const planted = [...ledger.planted.values()].filter((p) => p.role === role && owners.has(p.owner))
    if (planted.length > 0 && !planted.some((p) => staffView.has(p.token))) problems.push(`control: staff see no ${role} marker of this run`)
  }

  // 3. GraphQL, anonymous.
  const graphqlLists: Array<[string, Set<string>, Set<string>]> = [
    [`{ Documents(limit: 1000) { docs { ${documentFields} } } }`, e.docTokens, e.interpTokens],
    [`{ Documents(limit: 1000, draft: true) { docs { ${documentFields} } } }`, new Set(), e.allPublic],
    [`{ Interpretations(limit: 1000) { docs { ${interpretationFields} } } }`, e.interpTokens, e.docTokens],
    [`{ Interpretations(limit: 1000, draft: true) { docs { ${interpretationFields} } } }`, new Set(), e.allPublic],
    [`{ DocumentRelations(limit: 1000) { docs { ${relationFields} } } }`, new Set(), e.allPublic],
  ]
  for (const [query, expected, allowed] of graphqlLists) {
    check(`GraphQL ${query.slice(0, 60)}…`, await graphqlText(query), expected, allowed)
  }
  return problems
}

async function createRun(run: number, docPlans: DocPlan[], interpPlans: InterpPlan[], relationPlans: Array<[number, number]>): Promise<Item[]> {
  const runItems: Item[] = []
  for (const [index, plan] of docPlans.entries()) runItems.push(await createDocument(plan, run, index))
  const documents = [...runItems]
  for (const [index, plan] of interpPlans.entries()) runItems.push(await createInterpretation(plan, run, index, documents))
  const seen = new Set<string>()
  for (const [a, b] of relationPlans) {
    const from = documents[a % documents.length] as Item
    const to = documents[b % documents.length] as Item
    const key = `${from.id}-${to.id}`
    if (from.id === to.id || seen.has(key)) continue
    seen.add(key)
    // 修改 (amends): no cycle or date rules to trip over, so every pair is valid.
    await gazette.payload.create({ collection: 'document-relations', data: { from: from.id, to: to.id, kind: 'amends', date: at('2025-01-01') } })
    relationsCreated += 1
  }
  items.push(...runItems)
  return runItems
}

beforeAll(async () => {
  gazette = await startTempGazette()
  orgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '测试市某局', shortName: '市某局', slug: 'test-bureau', orgCode: '000000019' } })).id
  publisher = await signIn(gazette, 'publisher@example.gov.cn', ['publisher'])
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('the public sees exactly the approved 主动公开 items', () => {
  it('in the snapshot, the REST API and GraphQL, for hundreds of items in random states', async () => {
    const started = Date.now()
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(docPlan, DOCS_PER_RUN),
        fc.array(interpPlan, INTERPS_PER_RUN),
        fc.array(relationPlan, { minLength: 5, maxLength: 15 }),
        async (docPlans, interpPlans, relationPlans) => {
          run += 1
          const runItems = await createRun(run, docPlans, interpPlans, relationPlans)
          const problems = await checkOutputs(runItems)
          if (problems.length > 0) throw new Error(`${problems.length} problem(s) after run ${run}:\n${problems.slice(0, 40).join('\n')}`)
        },
      ),
      // Each run adds to the same database; a failure is reported as found, not shrunk.
      { numRuns: RUNS, endOnFailure: true },
    )
    const e = expectations()
    const lines = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `  ${String(v).padStart(3)}  ${k}`)
    console.log(
      [
        `leak property: ${items.length} items (${items.filter((i) => i.collection === 'documents').length} documents, ${items.filter((i) => i.collection === 'interpretations').length} interpretations), ${relationsCreated} relations, ${ledger.planted.size} markers, ${numbers.size} numbers, in ${RUNS} runs, ${((Date.now() - started) / 1000).toFixed(1)} s`,
        `  public: ${e.publicDocs.length} documents, ${e.interpTokens.size / 2} interpretations (${e.exportedInterpTokens.size / 2} exported), ${e.notices.size} withdrawal notices`,
        ...lines,
      ].join('\n'),
    )
    expect(items.length).toBeGreaterThanOrEqual(200)
    // Every fate and disclosure was exercised.
    for (const fate of DOC_FATES) for (const d of DISCLOSURES) expect([...counts.keys()].some((k) => k.startsWith(`document ${fate} ${d}`)), `${fate} ${d}`).toBe(true)
  })

  it('in every file of the site built from the final snapshot, Pagefind index included', async () => {
    expect(items.length).toBeGreaterThanOrEqual(200)
    const e = expectations()
    const work = repoTempDir('leak')
    try {
      const snapshotDir = path.join(work, 'snapshot')
      const distDir = path.join(work, 'dist')
      const { exportSnapshot } = await import('../../cms/snapshot/exportSnapshot')
      await exportSnapshot(gazette.payload, { outDir: snapshotDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
      const { ms } = await buildSite(snapshotDir, distDir)

      const { all, byFile } = tokensUnder(distDir)
      const required = new Set(e.publicDocs.flatMap((d) => d.current.filter((t) => ledger.planted.get(t)?.role !== 'keyword')))
      // Interpretations, keywords and withdrawal notices may or may not be shown; nothing else may.
      const problems = ledger.compare('dist/', all, required, union(e.docTokens, e.exportedInterpTokens, e.notices))
      for (const [file, found] of byFile) {
        for (const token of found) if (!e.docTokens.has(token) && !e.exportedInterpTokens.has(token) && !e.notices.has(token)) problems.push(`  … in ${file}`)
      }
      // Each public document has its page, with its own markers; the search index holds them.
      const pagefindText = filesUnder(path.join(distDir, 'pagefind')).map((f) => fileText(path.join(distDir, 'pagefind', f))).join('\n')
      const indexed = tokensIn(pagefindText)
      for (const doc of e.publicDocs) {
        const page = path.join(distDir, 'documents', doc.slug, 'index.html')
        if (!fs.existsSync(page)) {
          problems.push(`MISSING page for ${doc.slug}`)
          continue
        }
        const onPage = tokensIn(fs.readFileSync(page, 'utf8'))
        for (const token of doc.current) if (!onPage.has(token) && ledger.planted.get(token)?.role !== 'keyword') problems.push(`MISSING on its page: ${ledger.describe(token)}`)
        for (const token of doc.current) if (!indexed.has(token) && ledger.planted.get(token)?.role === 'body') problems.push(`MISSING from Pagefind: ${ledger.describe(token)}`)
      }
      for (const token of indexed) if (!e.docTokens.has(token) && !e.exportedInterpTokens.has(token)) problems.push(`LEAK in Pagefind: ${ledger.describe(token)}`)
      // No page for a hidden document, and no hidden number anywhere.
      // A withdrawn document's address keeps its notice (the title it was published under, nothing else).
      const manifest = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'manifest.json'), 'utf8')) as { withdrawn: Array<{ id: string }> }
      const noticeSlugs = new Set(manifest.withdrawn.map((n) => n.id))
      for (const item of items) {
        if (item.collection !== 'documents' || item.publishedDisclosure === 'proactive') continue
        const dir = path.join(distDir, 'documents', item.slug)
        if (!fs.existsSync(dir)) continue
        if (!noticeSlugs.has(item.slug)) problems.push(`LEAK: dist/documents/${item.slug}/ exists for a hidden document (${item.category})`)
        else if (!tokensIn(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).has(item.titleToken ?? '')) problems.push(`withdrawal notice ${item.slug} without its title`)
      }
      let numberPages = 0
      for (const file of filesUnder(distDir)) {
        for (const n of hiddenNumbersIn(fileText(path.join(distDir, file)))) problems.push(`LEAK in dist/${file}: hidden number ${n}`)
      }
      for (const item of items) {
        if (!item.number) continue
        const page = path.join(distDir, 'numbers', '测试发', String(item.number.year), String(item.number.serial))
        const isPublic = numbers.get(item.number.strict) === true
        if (fs.existsSync(page) !== isPublic) problems.push(`${isPublic ? 'MISSING' : 'LEAK'}: number page ${item.number.strict} (${item.category})`)
        if (isPublic) numberPages += 1
      }
      console.log(
        `leak property, site: built in ${(ms / 1000).toFixed(1)} s; ${filesUnder(distDir).length} files scanned; ${e.publicDocs.length} document pages, ${numberPages} number pages; ${indexed.size} markers in Pagefind`,
      )
      expect(problems, problems.slice(0, 60).join('\n')).toEqual([])
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  })
})
