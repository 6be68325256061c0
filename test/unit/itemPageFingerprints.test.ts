/**
 * Item page fingerprints are derived from the props each route renders its pages from
 * (site/lib/itemPages/, site/integrations/incremental/itemPages.ts): a page's fingerprint
 * changes with any of its props, an edit changes the fingerprints of exactly the pages
 * that show it, and nothing else. Over a small generated gazette, with one issue printing
 * a document and an interpretation, and one withdrawn document.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentPath, interpretationPath, numberPath } from '../../core/addresses'
import { snapshotPaths, type Manifest, type PublicDocument, type PublicInterpretation } from '../../core/snapshot/schema'
import { generateCorpus, writeCorpusSnapshot } from '../../scripts/corpus'
import { itemPageFingerprints, pageFingerprint } from '../../site/integrations/incremental/itemPages'
import { stableJson } from '../../site/integrations/incremental/stableJson'
import { itemRoutes } from '../../site/lib/itemPages/itemRoutes'
import { nameShardPages } from '../../site/lib/itemPages/nameShardPages'
import { numbersOf } from '../../site/lib/numbers/entries'
import { createSnapshotReader, type SnapshotReader } from '../../site/lib/snapshotReader'

const GLOBAL = 'global'
let work: string
let base: SnapshotReader
let manifest: Manifest

type Edit = {
  manifest?: (manifest: Manifest) => void
  documents?: Record<string, (document: PublicDocument) => void>
  interpretations?: Record<string, (interpretation: PublicInterpretation) => void>
}

/** The generated snapshot with edits made in memory, as a later export would write them. */
function snapshotWith(edit: Edit = {}): SnapshotReader {
  const edited = structuredClone(manifest)
  edit.manifest?.(edited)
  const load = async <T>(item: Promise<T>, change?: (value: T) => void): Promise<T> => {
    const value = structuredClone(await item)
    change?.(value)
    return value
  }
  return {
    loadManifest: async () => edited,
    loadDocument: (id) => load(base.loadDocument(id), edit.documents?.[id]),
    loadInterpretation: (id) => load(base.loadInterpretation(id), edit.interpretations?.[id]),
  }
}

/** The addresses whose fingerprint differs (or that exist in one only). */
async function changedPages(edit: Edit, global = GLOBAL): Promise<string[]> {
  const before = await itemPageFingerprints(snapshotWith(), GLOBAL)
  const after = await itemPageFingerprints(snapshotWith(edit), global)
  return [...new Set([...before.keys(), ...after.keys()])].filter((url) => before.get(url) !== after.get(url)).sort()
}

const numbered = () => {
  const document = manifest.documents.find((candidate) => numbersOf(candidate).length > 0)
  if (!document) throw new Error('the corpus has no numbered document')
  return document
}
const explained = () => {
  const interpretation = manifest.interpretations[0]
  if (!interpretation?.documents[0]) throw new Error('the corpus has no interpretation')
  return { interpretation, document: interpretation.documents[0] }
}
const printed = () => manifest.documents[1] as Manifest['documents'][number]
const unrelated = () => manifest.documents.at(-1) as Manifest['documents'][number]

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-fingerprints-'))
  const dir = path.join(work, 'snapshot')
  writeCorpusSnapshot(generateCorpus({ documents: 80, seed: 7 }), dir, { asOf: '2026-01-01', generatedAt: '2026-01-01T00:00:00.000Z' })
  base = createSnapshotReader(dir)
  manifest = structuredClone(await base.loadManifest())
  // What the corpus does not generate: a published issue and a withdrawn document.
  const { interpretation } = explained()
  manifest.issues.push({
    id: '2025-1',
    year: 2025,
    issueNumber: 1,
    totalNumber: 1,
    publicationDate: '2025-01-15',
    sections: [
      {
        title: '政策解读',
        entries: [
          {
            kind: 'document',
            id: printed().id,
            title: printed().title,
            docNumber: printed().docNumber,
            firstPage: 3,
            lastPage: 5,
            withdrawn: false,
          },
          {
            kind: 'interpretation',
            id: interpretation.id,
            title: interpretation.title,
            docNumber: null,
            firstPage: 6,
            lastPage: 7,
            withdrawn: false,
          },
        ],
      },
    ],
    pdf: { url: '/files/issues/2025-1/gazette.pdf', bytes: 1000, pages: 8 },
    pdfWithheld: null,
    cover: null,
    corrections: [],
    updatedAt: '2025-01-15T00:00:00.000Z',
  })
  manifest.withdrawn.push({ id: 'withdrawn-one', title: '已撤回的文件', withdrawnOn: '2025-06-01' })
})

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

/** Every value in the props, as a path of keys and indexes. */
function leaves(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...at, index]))
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, [...at, key]))
  return [at]
}

function changedAt(props: object, at: Array<string | number>): object {
  const copy = structuredClone(props) as Record<string | number, unknown>
  let parent = copy
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const key = at.at(-1) as string | number
  const value = parent[key]
  parent[key] =
    typeof value === 'string' ? `${value}*` : typeof value === 'number' ? value + 1 : typeof value === 'boolean' ? !value : 'set'
  return copy
}

describe('item page fingerprints', () => {
  it('change with every one of a page’s props', async () => {
    const snapshot = snapshotWith()
    const shown = new Set<string>()
    for (const route of itemRoutes) {
      const pages = await route(snapshot)
      const samples = [pages[0], ...pages.filter((page) => [documentPath(printed().id), documentPath('withdrawn-one')].includes(page.url))]
      for (const page of samples) {
        if (!page) continue
        const props = await page.props()
        const fingerprint = pageFingerprint(GLOBAL, props)
        for (const at of leaves(props)) {
          expect(pageFingerprint(GLOBAL, changedAt(props, at)), `${page.url} ${at.join('.')}`).not.toBe(fingerprint)
          shown.add(`${route.name}:${String(at[0])}`)
        }
        expect(pageFingerprint(`${GLOBAL}*`, props)).not.toBe(fingerprint)
      }
    }
    // The samples hold every kind of page there is.
    expect([...shown].sort()).toEqual(
      expect.arrayContaining([
        'documentPages:document',
        'documentPages:printed',
        'documentPages:gazette',
        'documentPages:notice',
        'interpretationPages:interpretation',
        'interpretationPages:issuers',
        'standardNumberPages:entries',
        'orderNumberPages:entries',
      ]),
    )
  })

  it('hash the data, not the order its keys were built in, and refuse what is not data', () => {
    expect(stableJson({ b: [1, { d: null, c: 'x' }], a: true })).toBe(stableJson({ a: true, b: [1, { c: 'x', d: null }] }))
    expect(stableJson({ a: 1, skipped: undefined })).toBe(JSON.stringify({ a: 1 }))
    expect(() => stableJson({ render: () => 'x' })).toThrow(/Not plain data at "render"/)
    expect(() => stableJson({ seen: new Map() })).toThrow(/Map/)
  })

  it('are the same for the same snapshot', async () => {
    expect(await changedPages({})).toEqual([])
  })

  it('change for the document whose file changed, and no other page', async () => {
    const { id } = unrelated()
    expect(
      await changedPages({
        documents: {
          [id]: (document) => {
            document.title = '新的标题'
          },
        },
      }),
    ).toEqual([documentPath(id)])
  })

  it('change for the interpretation whose file changed, and no other page', async () => {
    const { interpretation } = explained()
    expect(
      await changedPages({
        interpretations: {
          [interpretation.id]: (changed) => {
            changed.body = []
          },
        },
      }),
    ).toEqual([interpretationPath(interpretation.id)])
  })

  it('change for a number’s address and the name shards holding the title when its document’s title changes in the register', async () => {
    const document = numbered()
    const pages = numbersOf(document).map(({ parts }) => numberPath(parts))
    const edit: Edit = {
      manifest: (edited) => {
        ;(edited.documents.find(({ id }) => id === document.id) as Manifest['documents'][number]).title = '新的标题'
      },
    }
    const changed = await changedPages(edit)
    const isShard = (url: string) => url.startsWith('/search/names/')
    expect(changed.filter((url) => !isShard(url))).toEqual([...new Set(pages)].sort())
    // The old title's keys leave their shards and the new title's arrive in theirs; no other shard changes.
    const holding = async (snapshot: SnapshotReader) => {
      const shards = await nameShardPages(snapshot)
      const held = await Promise.all(
        shards.map(async (shard) =>
          (await shard.props()).entries.some((entry) => entry.url === documentPath(document.id)) ? [shard.url] : [],
        ),
      )
      return held.flat()
    }
    const shardsOfDocument = new Set([...(await holding(snapshotWith())), ...(await holding(snapshotWith(edit)))])
    const changedShards = changed.filter(isShard)
    expect(changedShards.length).toBeGreaterThan(0)
    for (const url of changedShards) expect(shardsOfDocument.has(url), url).toBe(true)
  })

  it('change for an interpretation when the issuers of a document it explains change', async () => {
    const { interpretation, document } = explained()
    const changed = await changedPages({
      manifest: (edited) => {
        const summary = edited.documents.find(({ id }) => id === document.id) as Manifest['documents'][number]
        summary.issuers = [{ slug: 'new-issuer', name: '新的发文机关', shortName: null }]
      },
    })
    expect(changed).toContain(interpretationPath(interpretation.id))
    // The document's own page shows its file, not the register's summary.
    expect(changed).not.toContain(documentPath(document.id))
    const others = manifest.interpretations.filter((other) => !other.documents.some(({ id }) => id === document.id))
    for (const other of others) expect(changed).not.toContain(interpretationPath(other.id))
  })

  it('change for what an issue prints when its entry changes', async () => {
    const changed = await changedPages({
      manifest: (edited) => {
        const entry = edited.issues[0]?.sections[0]?.entries[0]
        if (entry) entry.lastPage = 6
      },
    })
    // The entry sits in the issue, which both printed pages name.
    expect(changed).toEqual([documentPath(printed().id), interpretationPath(explained().interpretation.id)].sort())
  })

  it('change for a withdrawal notice when its date changes, and no other page', async () => {
    const changed = await changedPages({
      manifest: (edited) => {
        ;(edited.withdrawn.at(-1) as Manifest['withdrawn'][number]).withdrawnOn = '2025-07-01'
      },
    })
    expect(changed).toEqual([documentPath('withdrawn-one')])
  })

  it('stand a document file read whole for the digest of its text, and change with any byte of it', async () => {
    const dir = path.join(work, 'snapshot')
    const { id } = unrelated()
    const file = path.join(dir, snapshotPaths.document(id))
    const original = fs.readFileSync(file, 'utf8')
    const fingerprintsNow = async () => itemPageFingerprints(createSnapshotReader(dir, { forFingerprints: true }), GLOBAL)
    try {
      const record = await createSnapshotReader(dir, { forFingerprints: true }).loadDocument(id)
      // Not walked: the record is written as its file's digest.
      expect(stableJson({ document: record })).toMatch(/^\{"document":\{"snapshotFile":"[0-9a-f]{64}"\}\}$/)
      // Derived data is walked as before.
      expect(stableJson({ title: record.title })).toBe(JSON.stringify({ title: record.title }))

      const before = await fingerprintsNow()
      fs.writeFileSync(file, original)
      expect(await fingerprintsNow()).toEqual(before)

      // A change deep in the body, where only the text holds it.
      const paragraph = /"text":\s*"[^"]+/.exec(original)?.[0]
      if (!paragraph) throw new Error('the document has no paragraph text')
      fs.writeFileSync(file, original.replace(paragraph, `${paragraph}（改）`))
      const after = await fingerprintsNow()
      expect([...after.keys()].filter((url) => after.get(url) !== before.get(url))).toEqual([documentPath(id)])
    } finally {
      fs.writeFileSync(file, original)
    }
  })

  it('all change with the global fingerprint', async () => {
    const all = await itemPageFingerprints(snapshotWith(), GLOBAL)
    expect(await changedPages({}, `${GLOBAL}*`)).toEqual([...all.keys()].sort())
  })
})
