/**
 * The importer against real saved government pages (test/fixtures/import/<site>/): every
 * fixture's expected fields were read from the page itself (its metadata table and body),
 * not from the importer. Prints the per-field accuracy and fails below 100%.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { extractDocument } from '../../core/import/extractDocument'
import { parseHtml } from '../../cms/import/parseHtml'
import { repoRoot } from '../../core/paths'

const fixturesDir = path.join(repoRoot, 'test', 'fixtures', 'import')
const FIELDS = [
  'title',
  'docNumber',
  'issuers',
  'writtenDate',
  'publishedDate',
  'indexNumber',
  'subject',
  'keywords',
  'attachments',
  'bodyFirst',
  'bodyLast',
] as const
type Field = (typeof FIELDS)[number]
type Expected = Partial<Record<Field, unknown>> & { source: { repository: string; path: string; url?: string } }

const fixtures = (fs.readdirSync(fixturesDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    name: file.replace(/\.json$/, ''),
    expected: JSON.parse(fs.readFileSync(path.join(fixturesDir, file), 'utf8')) as Expected,
  }))

function actual(name: string): Record<Field, unknown> {
  const base = path.join(fixturesDir, name)
  const source = fs.existsSync(`${base}.html`) ? parseHtml(fs.readFileSync(`${base}.html`, 'utf8')) : fs.readFileSync(`${base}.txt`, 'utf8')
  const doc = extractDocument(source, { fileName: path.basename(name) })
  return {
    title: doc.title?.value ?? null,
    docNumber: doc.docNumber?.value.raw ?? null,
    issuers: doc.issuers.map((issuer) => issuer.value),
    writtenDate: doc.writtenDate?.value ?? null,
    publishedDate: doc.publishedDate?.value ?? null,
    indexNumber: doc.indexNumber?.value ?? null,
    subject: doc.subject?.value ?? null,
    keywords: doc.keywords?.value ?? [],
    attachments: doc.attachments?.value ?? [],
    bodyFirst: doc.body[0]?.text ?? null,
    // null in a fixture: the text ends inside a table, whose last cell is not checked.
    bodyLast: doc.body.at(-1)?.text ?? null,
  }
}

const tally = new Map<Field, { right: number; checked: number }>(FIELDS.map((f) => [f, { right: 0, checked: 0 }]))

describe('real government pages', () => {
  it('has fixtures from several sites', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30)
    expect(new Set(fixtures.map((f) => f.name.split(/[\\/]/)[0])).size).toBeGreaterThanOrEqual(2)
  })

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const got = actual(fixture.name)
    const wrong: string[] = []
    for (const field of FIELDS) {
      if (
        !(field in fixture.expected) ||
        (field === 'bodyLast' && fixture.expected.bodyLast === null && fixture.expected.bodyFirst !== null)
      )
        continue
      const entry = tally.get(field) as { right: number; checked: number }
      entry.checked += 1
      if (JSON.stringify(got[field]) === JSON.stringify(fixture.expected[field])) entry.right += 1
      else wrong.push(`${field}: ${JSON.stringify(got[field])} ≠ ${JSON.stringify(fixture.expected[field])}`)
    }
    expect(wrong).toEqual([])
  })

  afterAll(() => {
    let right = 0
    let checked = 0
    const lines = FIELDS.map((field) => {
      const entry = tally.get(field) as { right: number; checked: number }
      right += entry.right
      checked += entry.checked
      return `  ${field.padEnd(14)} ${entry.right}/${entry.checked}`
    })
    console.log(
      `导入准确率（${fixtures.length} 个真实网页）：\n${lines.join('\n')}\n  ${'all'.padEnd(14)} ${right}/${checked} (${((100 * right) / Math.max(1, checked)).toFixed(1)}%)`,
    )
  })
})
