/**
 * The leak property test's world: what fast-check generates (documents and
 * interpretations with a disclosure and a fate each, relations between them), how each
 * plan becomes real records on the gazette with marker words planted in every version,
 * and the ledger of which markers the public must and must not see. createLeakScenario
 * builds one world (a fresh gazette, its organisation and publisher) and returns it as
 * an object: no module-level state, so each test file's beforeAll gets its own.
 */

import type { LexicalState } from '../../../core/snapshot/lexical'
import { Ledger, newToken } from './leakTokens'
import { call, signIn } from './reviewFlow'
import { startTempGazette, type TempGazette } from './tempGazette'

export * from './leakPlans'
import type { Disclosure, DocPlan, InterpPlan } from './leakPlans'

/** What the ledger knows of each item once created. */
export type Item = {
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
        children: [
          {
            type: 'text',
            text: `第一条 为规范管理，制定本办法。正文标记 ${token} 。`,
            format: 0,
            style: '',
            mode: 'normal',
            detail: 0,
            version: 1,
          },
        ],
      })),
    },
  }
}

const ROLES = {
  current: { title: 'title', body: 'body' },
  old: { title: 'oldTitle', body: 'oldBody' },
  draft: { title: 'draftTitle', body: 'draftBody' },
} as const

/** What each audience may see, computed from the ledger. */
export type Expectations = {
  publicDocs: Item[]
  docTokens: Set<string>
  interpTokens: Set<string>
  exportedInterpTokens: Set<string>
  notices: Set<string>
  requiredNotices: Set<string>
  allPublic: Set<string>
}

/** One world of the leak property: its gazette, everything created on it so far, and how to add a run. */
export type LeakScenario = {
  readonly gazette: TempGazette
  /** A publisher's session token: the staff view, and withdrawals through the REST workflow. */
  readonly publisher: string
  readonly ledger: Ledger
  /** Every item of every run so far. */
  readonly items: readonly Item[]
  /** Numbers: strict string → public or not. */
  readonly numbers: ReadonlyMap<string, boolean>
  /** How many items of each category (fate, disclosure) were created. */
  readonly counts: ReadonlyMap<string, number>
  readonly relationsCreated: number
  /** Creates one run's documents, interpretations and relations; returns the run's items. */
  createRun(run: number, docPlans: DocPlan[], interpPlans: InterpPlan[], relationPlans: Array<[number, number]>): Promise<Item[]>
  expectations(): Expectations
  cleanup(): Promise<void>
}

/** A fresh gazette with one organisation and a signed-in publisher, and an empty ledger. */
export async function createLeakScenario(): Promise<LeakScenario> {
  const gazette = await startTempGazette()
  let orgId: number
  let publisher: string
  try {
    orgId = (
      await gazette.payload.create({
        collection: 'organizations',
        data: { name: '测试市某局', shortName: '市某局', slug: 'test-bureau', orgCode: '000000019' },
      })
    ).id
    publisher = await signIn(gazette, 'publisher@example.gov.cn', ['publisher'])
  } catch (error) {
    // Nobody else holds the gazette yet: remove it before giving up.
    await gazette.cleanup()
    throw error
  }
  const ledger = new Ledger()
  const items: Item[] = []
  const numbers = new Map<string, boolean>()
  const counts = new Map<string, number>()
  let relationsCreated = 0
  let serial = 0
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)

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

    const first =
      plan.fate === 'republished'
        ? plantVersion(owner, category, plan.suffix, true, 'old')
        : plantVersion(owner, category, plan.suffix, true, 'current')
    const reason = plan.disclosure === 'proactive' ? null : ledger.plant(newToken(plan.suffix), owner, 'disclosureReason', category)
    const base = {
      title: `测试市某局关于规范管理的通知 ${first.title}`,
      kind: plan.kind,
      issuers: [orgId],
      writtenDate: at(written),
      publishedDate: at(published),
      effectiveDate: effective ? at(effective) : null,
      expiresOn: expires ? at(expires) : null,
      // The date rules (core/documents/documentDates.ts): a 规章 taking effect within 30 days of
      // publication records its 第三十二条 ground.
      shortNoticeGround: plan.kind === 'rule' ? ('hindered-by-waiting' as const) : null,
      docNumberRaw: strict,
      disclosure: plan.disclosure,
      disclosureReason: reasonFor(plan.disclosure, reason),
      keywords: ['政务公开', ...(first.keyword ? [first.keyword] : [])],
      subject: '综合政务',
      body: body(first.text) as never,
    }

    if (plan.fate === 'draft') {
      const doc = await payload.create({
        collection: 'documents',
        data: { ...base, _status: 'draft', reviewState: plan.pendingState },
        draft: true,
        depth: 0,
      })
      if (strict) numbers.set(strict, false)
      return {
        owner,
        collection: 'documents',
        id: doc.id,
        slug: String(doc.slug),
        category,
        publishedDisclosure: null,
        current: [],
        titleToken: null,
        withdrawn: false,
        documents: [],
        number: null,
      }
    }

    const doc = await payload.create({ collection: 'documents', data: { ...base, _status: 'published' }, depth: 0 })
    let publishedDisclosure: Disclosure | null = plan.disclosure
    let current = [first.title, first.text, ...(first.keyword ? [first.keyword] : [])]
    let titleToken: string | null = first.title
    let withdrawn = false

    const newerDraft = async () => {
      const draft = plantVersion(owner, category, plan.suffix, false, 'draft')
      const laterReason =
        plan.laterDisclosure === 'proactive' ? null : ledger.plant(newToken(plan.suffix), owner, 'disclosureReason', category)
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
      const laterReason =
        plan.laterDisclosure === 'proactive' ? null : ledger.plant(newToken(plan.suffix), owner, 'disclosureReason', category)
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
      const response = await call(gazette, publisher, 'PATCH', `/api/documents/${doc.id}?draft=true`, {
        workflowAction: 'withdraw',
        workflowReason: `发现内容有误 ${withdrawReason}`,
      })
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
    const pick = (i: number, n: number) =>
      (n === 0 && plan.linkPublic && publicOnes.length > 0 ? publicOnes[i % publicOnes.length] : documents[i % documents.length]) as Item
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
      const doc = await payload.create({
        collection: 'interpretations',
        data: { ...data, _status: 'draft', reviewState: plan.pendingState },
        draft: true,
        depth: 0,
      })
      return item(null, [], false, doc.id, String(doc.slug))
    }
    const doc = await payload.create({ collection: 'interpretations', data: { ...data, _status: 'published' }, depth: 0 })
    if (plan.fate === 'published-then-draft') {
      const draft = plantVersion(owner, category, plan.suffix, false, 'draft')
      const laterReason =
        plan.laterDisclosure === 'proactive' ? null : ledger.plant(newToken(plan.suffix), owner, 'disclosureReason', category)
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
      const response = await call(gazette, publisher, 'PATCH', `/api/interpretations/${doc.id}?draft=true`, {
        workflowAction: 'withdraw',
        workflowReason: `解读有误 ${withdrawReason}`,
      })
      if (response.status !== 200) throw new Error(`withdrawal of ${owner} refused: ${response.status} ${await response.text()}`)
      return item(null, [], true, doc.id, String(doc.slug))
    }
    return item(plan.disclosure, [first.title, first.text], false, doc.id, String(doc.slug))
  }

  function expectations(): Expectations {
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

  async function createRun(
    run: number,
    docPlans: DocPlan[],
    interpPlans: InterpPlan[],
    relationPlans: Array<[number, number]>,
  ): Promise<Item[]> {
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
      await gazette.payload.create({
        collection: 'document-relations',
        data: { from: from.id, to: to.id, kind: 'amends', date: at('2025-01-01') },
      })
      relationsCreated += 1
    }
    items.push(...runItems)
    return runItems
  }

  return {
    gazette,
    publisher,
    ledger,
    items,
    numbers,
    counts,
    get relationsCreated() {
      return relationsCreated
    },
    createRun,
    expectations,
    cleanup: () => gazette.cleanup(),
  }
}
