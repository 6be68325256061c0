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

import { buildSite, repoTempDir } from './helpers/leakSite'
import { filesUnder, fileText, tokensIn, tokensUnder } from './helpers/leakTokens'
import { call } from './helpers/reviewFlow'
import {
  DISCLOSURES,
  DOCS_PER_RUN,
  DOC_FATES,
  INTERPS_PER_RUN,
  type Item,
  type LeakScenario,
  RUNS,
  createLeakScenario,
  docPlan,
  interpPlan,
  relationPlan,
} from './helpers/leakScenario'

const union = (...sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]))

/** The scenario of this file, built in beforeAll. */
let scenario: LeakScenario

/** Hidden numbers (strict form) that appear in a text. */
function hiddenNumbersIn(text: string): string[] {
  return [...text.matchAll(/测试发〔\d{4}〕\d+号/g)].map((m) => m[0]).filter((n) => scenario.numbers.get(n) !== true)
}

async function restText(pathAndQuery: string): Promise<{ status: number; text: string }> {
  const response = await scenario.gazette.rest(pathAndQuery)
  return { status: response.status, text: await response.text() }
}

async function graphqlText(query: string): Promise<string> {
  const response = await scenario.gazette.graphql(query)
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
  const { gazette, ledger, items, publisher } = scenario
  const e = scenario.expectations()
  const problems: string[] = []
  const check = (where: string, text: string, expected: Set<string>, allowed: Set<string>) => {
    problems.push(...ledger.compare(where, tokensIn(text), expected, allowed))
    for (const n of hiddenNumbersIn(text)) problems.push(`LEAK in ${where}: hidden number ${n}`)
  }

  // 1. The snapshot, written by the real export.
  const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
  const outDir = path.join(gazette.dir, 'snapshot')
  await exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { withdrawn: unknown[] } & Record<
    string,
    unknown
  >
  const { withdrawn, ...rest } = manifest
  const snapshotText = [
    JSON.stringify(rest),
    ...filesUnder(outDir)
      .filter((f) => f !== 'manifest.json')
      .map((f) => `${f}\n${fileText(path.join(outDir, f))}`),
  ].join('\n')
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
    if (planted.length > 0 && !planted.some((p) => staffView.has(p.token)))
      problems.push(`control: staff see no ${role} marker of this run`)
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

beforeAll(async () => {
  scenario = await createLeakScenario()
})

afterAll(async () => {
  await scenario?.cleanup()
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
          const runItems = await scenario.createRun(run, docPlans, interpPlans, relationPlans)
          const problems = await checkOutputs(runItems)
          if (problems.length > 0) throw new Error(`${problems.length} problem(s) after run ${run}:\n${problems.slice(0, 40).join('\n')}`)
        },
      ),
      // Each run adds to the same database; a failure is reported as found, not shrunk.
      { numRuns: RUNS, endOnFailure: true },
    )
    const { items, counts, ledger, numbers, relationsCreated } = scenario
    const e = scenario.expectations()
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
    for (const fate of DOC_FATES)
      for (const d of DISCLOSURES)
        expect(
          [...counts.keys()].some((k) => k.startsWith(`document ${fate} ${d}`)),
          `${fate} ${d}`,
        ).toBe(true)
  })

  it('in every file of the site built from the final snapshot, Pagefind index included', async () => {
    const { gazette, items, ledger, numbers } = scenario
    expect(items.length).toBeGreaterThanOrEqual(200)
    const e = scenario.expectations()
    const work = repoTempDir('leak')
    try {
      const snapshotDir = path.join(work, 'snapshot')
      const distDir = path.join(work, 'dist')
      const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
      await exportSnapshot(gazette.payload, { outDir: snapshotDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
      const { ms } = await buildSite(snapshotDir, distDir)

      const { all, byFile } = tokensUnder(distDir)
      const required = new Set(e.publicDocs.flatMap((d) => d.current.filter((t) => ledger.planted.get(t)?.role !== 'keyword')))
      // Interpretations, keywords and withdrawal notices may or may not be shown; nothing else may.
      const problems = ledger.compare('dist/', all, required, union(e.docTokens, e.exportedInterpTokens, e.notices))
      for (const [file, found] of byFile) {
        for (const token of found)
          if (!e.docTokens.has(token) && !e.exportedInterpTokens.has(token) && !e.notices.has(token)) problems.push(`  … in ${file}`)
      }
      // Each public document has its page, with its own markers; the search index holds them.
      // Every part of the index (a large site's index comes in parts, see indexParts.ts).
      const pagefindText = ['pagefind', 'pagefind-parts']
        .filter((folder) => fs.existsSync(path.join(distDir, folder)))
        .flatMap((folder) => filesUnder(path.join(distDir, folder)).map((f) => fileText(path.join(distDir, folder, f))))
        .join('\n')
      const indexed = tokensIn(pagefindText)
      for (const doc of e.publicDocs) {
        const page = path.join(distDir, 'documents', doc.slug, 'index.html')
        if (!fs.existsSync(page)) {
          problems.push(`MISSING page for ${doc.slug}`)
          continue
        }
        const onPage = tokensIn(fs.readFileSync(page, 'utf8'))
        for (const token of doc.current)
          if (!onPage.has(token) && ledger.planted.get(token)?.role !== 'keyword')
            problems.push(`MISSING on its page: ${ledger.describe(token)}`)
        for (const token of doc.current)
          if (!indexed.has(token) && ledger.planted.get(token)?.role === 'body')
            problems.push(`MISSING from Pagefind: ${ledger.describe(token)}`)
      }
      for (const token of indexed)
        if (!e.docTokens.has(token) && !e.exportedInterpTokens.has(token)) problems.push(`LEAK in Pagefind: ${ledger.describe(token)}`)
      // No page for a hidden document, and no hidden number anywhere.
      // A withdrawn document's address keeps its notice (the title it was published under, nothing else).
      const manifest = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'manifest.json'), 'utf8')) as { withdrawn: Array<{ id: string }> }
      const noticeSlugs = new Set(manifest.withdrawn.map((n) => n.id))
      for (const item of items) {
        if (item.collection !== 'documents' || item.publishedDisclosure === 'proactive') continue
        const dir = path.join(distDir, 'documents', item.slug)
        if (!fs.existsSync(dir)) continue
        if (!noticeSlugs.has(item.slug)) problems.push(`LEAK: dist/documents/${item.slug}/ exists for a hidden document (${item.category})`)
        else if (!tokensIn(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).has(item.titleToken ?? ''))
          problems.push(`withdrawal notice ${item.slug} without its title`)
      }
      let numberPages = 0
      for (const file of filesUnder(distDir)) {
        for (const n of hiddenNumbersIn(fileText(path.join(distDir, file)))) problems.push(`LEAK in dist/${file}: hidden number ${n}`)
      }
      for (const item of items) {
        if (!item.number) continue
        const page = path.join(distDir, 'numbers', '测试发', String(item.number.year), String(item.number.serial))
        const isPublic = numbers.get(item.number.strict) === true
        if (fs.existsSync(page) !== isPublic)
          problems.push(`${isPublic ? 'MISSING' : 'LEAK'}: number page ${item.number.strict} (${item.category})`)
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
