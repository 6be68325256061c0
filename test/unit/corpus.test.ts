/**
 * The generated corpus: the same seed gives the same gazette; numbers are strict and never
 * given twice; dates keep their order; and the snapshot written without the CMS passes
 * the snapshot schema with every document, relation and interpretation in it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { checkDocumentDates } from '../../core/documents/documentDates'
import { parseDocumentNumber } from '../../core/documents/documentNumber'
import { parseUnifiedNumber } from '../../core/documents/unifiedNumber'
import { documentSchema, manifestSchema, snapshotPaths } from '../../core/snapshot/schema'
import { generateCorpus, writeCorpusSnapshot } from '../../scripts/corpus'

const corpus = generateCorpus({ documents: 600, seed: 3 })
const dirs: string[] = []

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpus({ documents: 600, seed: 3 })).toEqual(corpus)
    expect(JSON.stringify(generateCorpus({ documents: 600, seed: 4 }).documents)).not.toBe(JSON.stringify(corpus.documents))
  })

  it('has every kind, relations, interpretations and aliases', () => {
    expect(corpus.documents).toHaveLength(600)
    expect(new Set(corpus.documents.map((d) => d.kind))).toEqual(new Set(['rule', 'normative-government', 'normative-department', 'other']))
    expect(corpus.relations.length).toBeGreaterThan(0)
    expect(corpus.interpretations.length).toBeGreaterThan(0)
    expect(corpus.documents.some((d) => d.aliases.some((a) => a.kind === 'short'))).toBe(true)
    const years = new Set(corpus.documents.map((d) => d.writtenDate.slice(0, 4)))
    expect(years.size).toBe(20)
  })

  it('gives strict, unique 发文字号 and valid 统一编号', () => {
    const numbers = corpus.documents.flatMap((d) => (d.docNumber ? [d.docNumber] : []))
    expect(new Set(numbers).size).toBe(numbers.length)
    for (const doc of corpus.documents) {
      if (doc.docNumberRaw) {
        const parsed = parseDocumentNumber(doc.docNumberRaw)
        expect(parsed.ok && parsed.strict).toBe(doc.docNumber)
      }
      if (doc.unifiedNumber) expect(parseUnifiedNumber(doc.unifiedNumber)).toMatchObject({ ok: true, canonical: doc.unifiedNumber })
    }
    expect(corpus.documents.every((d) => d.kind !== 'normative-government' || d.unifiedNumber)).toBe(true)
  })

  it('keeps every document’s dates in order and relations pointing back in time', () => {
    for (const doc of corpus.documents) expect(checkDocumentDates(doc)).toEqual([])
    const written = new Map(corpus.documents.map((d) => [d.slug, d.writtenDate]))
    for (const relation of corpus.relations) expect((written.get(relation.from) ?? '') > (written.get(relation.to) ?? '')).toBe(true)
  })
})

describe('writeCorpusSnapshot', () => {
  it('writes a snapshot the schema accepts, with every document', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-corpus-')), 'snapshot')
    dirs.push(path.dirname(dir))
    const written = writeCorpusSnapshot(corpus, dir, { asOf: '2026-01-01', generatedAt: '2026-01-01T00:00:00.000Z' })
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, snapshotPaths.manifest), 'utf8')))
    expect(manifest.documents).toHaveLength(600)
    expect(manifest.interpretations).toHaveLength(corpus.interpretations.length)
    expect(written.documents).toBe(600)
    const relationCount = corpus.documents.reduce((sum, doc) => {
      const published = documentSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, snapshotPaths.document(doc.slug)), 'utf8')))
      return sum + published.relations.length
    }, 0)
    // Each relation shows on both documents.
    expect(relationCount).toBe(corpus.relations.length * 2)
  })
})
