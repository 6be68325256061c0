/**
 * The incremental export (exportSnapshot with `previous`) writes, byte for byte, the
 * snapshot a full export of the same database writes (but for generatedAt), after the
 * edits that change an unchanged document's page without touching its row: a renamed
 * issuer, a new relation, a new interpretation, a replaced attachment file; and after
 * the ones that do: an edited document, a withdrawn one, one no longer public.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot, type ExportOptions } from '../../cms/export/exportSnapshot'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { seedSampleIssues } from '../../scripts/lib/seedSampleIssues'
import { startIssueFixture, type IssueFixture } from './helpers/issueFixture'
import { call } from './helpers/reviewFlow'

let fixture: IssueFixture
let snapshotDir: string
const settings = { gazetteName: '测试公报', timeZone: 'Asia/Shanghai', asOf: '2025-06-01' } satisfies Omit<ExportOptions, 'outDir'>

const payload = () => fixture.gazette.payload
// Attachments are PDFs: the media library takes no text files (core/uploads/uploadTypes.ts).
const pdfFile = (name: string, text: string) => {
  const data = Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`)
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

/** Every file under a folder, relative to it, with its bytes; the manifest without generatedAt. */
function folderContents(dir: string): Map<string, string> {
  const contents = new Map<string, string>()
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const relative = path.relative(dir, file)
    const bytes = fs.readFileSync(file).toString('base64')
    contents.set(relative, relative === 'manifest.json' ? withoutGeneratedAt(file) : bytes)
  }
  return contents
}

function withoutGeneratedAt(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""')
}

/** The incremental export over the last snapshot, in place, checked against a full export into a folder of its own. */
async function exportBothWays() {
  const incremental = await exportSnapshot(payload(), { ...settings, outDir: snapshotDir, previous: snapshotDir })
  const fullDir = path.join(fixture.gazette.dir, 'full-snapshot')
  const full = await exportSnapshot(payload(), { ...settings, outDir: fullDir })
  return { incremental, full, incrementalFiles: folderContents(snapshotDir), fullFiles: folderContents(fullDir) }
}

async function documentId(slug: string): Promise<number> {
  const { docs } = await payload().find({ collection: 'documents', where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`no document ${slug}`)
  return docs[0].id
}

beforeAll(async () => {
  fixture = await startIssueFixture()
  await seedSampleIssues(fixture.gazette.payload)
  snapshotDir = path.join(fixture.gazette.dir, 'snapshot')
}, 300_000)

afterAll(async () => {
  await fixture?.gazette.cleanup()
})

describe('the incremental export', () => {
  let slugs: string[]

  beforeAll(async () => {
    // Three more public documents beside the samples, so that each edit below has its own.
    const { docs: samples } = await payload().find({ collection: 'documents', depth: 0, limit: 1, overrideAccess: false })
    for (const serial of [1, 2, 3]) {
      await payload().create({
        collection: 'documents',
        data: {
          title: `测试增量导出的第${serial}号通知`,
          kind: 'other',
          issuers: samples[0]?.issuers ?? [],
          writtenDate: `2024-0${serial}-10T04:00:00.000Z`,
          publishedDate: `2024-0${serial}-12T04:00:00.000Z`,
          body: markdownToLexical(`第${serial}号通知的正文。`) as never,
          disclosure: 'proactive',
          slug: `2024-incremental-${serial}`,
          _status: 'published',
        },
      })
    }
    const { docs } = await payload().find({
      collection: 'documents',
      depth: 0,
      pagination: false,
      sort: 'publishedDate',
      overrideAccess: false,
    })
    slugs = docs.map((doc) => String(doc.slug))
    expect(slugs.length).toBeGreaterThanOrEqual(8)
    // Attachments on two documents, so that files are linked and one is replaced later.
    for (const [index, slug] of [slugs[0], slugs[7]].entries()) {
      const media = await payload().create({ collection: 'media', data: {}, file: pdfFile(`attachment-${index}.pdf`, `附件${index}`) })
      await payload().update({
        collection: 'documents',
        id: await documentId(slug as string),
        data: { attachments: [{ title: `附件${index + 1}`, file: media.id }], _status: 'published' },
      })
    }
    await exportSnapshot(payload(), { ...settings, outDir: snapshotDir })
  }, 300_000)

  it('writes what a full export writes when nothing changed, reusing every body and file', async () => {
    const { incremental, full, incrementalFiles, fullFiles } = await exportBothWays()
    expect(incrementalFiles).toEqual(fullFiles)
    expect(incremental.incremental.documents).toEqual({ reexported: [], reused: full.documents })
    expect(incremental.incremental.interpretations).toEqual({ reexported: [], reused: full.interpretations })
    // The two attachments, the issues' print PDFs and the cover images.
    expect(incremental.incremental.filesLinked).toBe(full.files)
    expect(full.incremental.filesLinked).toBe(0)
    expect(full.incremental.documents.reexported).toHaveLength(full.documents)
  })

  it('writes what a full export writes after edits to documents and to what their pages show', async () => {
    const [edited, withdrawn, hidden, renamedIssuerOf, relationFrom, relationTo, interpreted, replacedAttachment] = slugs as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ]
    // An edited document: its row changes.
    await payload().update({
      collection: 'documents',
      id: await documentId(edited),
      data: { title: '经过更正的标题', body: markdownToLexical('更正后的正文。') as never, _status: 'published' },
    })
    // A withdrawn one (its address keeps a notice) and one no longer public.
    const withdrawal = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/documents/${await documentId(withdrawn)}?draft=true`, {
      workflowAction: 'withdraw',
      workflowReason: '测试撤回',
    })
    expect(withdrawal.status, await withdrawal.clone().text()).toBe(200)
    await payload().update({
      collection: 'documents',
      id: await documentId(hidden),
      data: { disclosure: 'not-disclosed', disclosureGround: 'state-secret', disclosureReason: '测试：改为不予公开', _status: 'published' },
    })
    // An organisation renamed: every document it issued shows the new name, their rows unchanged.
    const issuer = (await payload().findByID({ collection: 'documents', id: await documentId(renamedIssuerOf), depth: 0 })).issuers[0]
    await payload().update({ collection: 'organizations', id: issuer as number, data: { name: '更名后的测试机关' } })
    // A relation between two documents, and an interpretation of a third.
    await payload().create({
      collection: 'document-relations',
      data: { from: await documentId(relationFrom), to: await documentId(relationTo), kind: 'amends', date: '2025-01-15T04:00:00.000Z' },
    })
    const interpretedDoc = await payload().findByID({ collection: 'documents', id: await documentId(interpreted), depth: 0 })
    await payload().create({
      collection: 'interpretations',
      data: {
        title: '新发布的政策解读',
        documents: [interpretedDoc.id],
        form: 'text',
        interpretationBody: interpretedDoc.issuers[0] as number,
        publishedDate: '2025-02-01T04:00:00.000Z',
        body: markdownToLexical('解读正文。') as never,
        disclosure: 'proactive',
        _status: 'published',
      },
    })
    // An attachment replaced: a stored file never changes (cms/uploads/refuseFileReplacement.ts),
    // so a new upload takes the old one's place in the document.
    const attached = await payload().findByID({ collection: 'documents', id: await documentId(replacedAttachment), depth: 0 })
    const replacement = await payload().create({
      collection: 'media',
      data: {},
      file: pdfFile('attachment-replaced.pdf', '替换后的附件内容，长度不同'),
    })
    await payload().update({
      collection: 'documents',
      id: attached.id,
      data: { attachments: (attached.attachments ?? []).map((row) => ({ ...row, file: replacement.id })), _status: 'published' },
    })

    const { incremental, incrementalFiles, fullFiles } = await exportBothWays()
    expect([...incrementalFiles.keys()].sort()).toEqual([...fullFiles.keys()].sort())
    expect(incrementalFiles).toEqual(fullFiles)
    // Only the edited documents' bodies were converted again; the rename, relation and interpretation reused theirs.
    expect([...incremental.incremental.documents.reexported].sort()).toEqual([edited, replacedAttachment].sort())
    expect(incremental.incremental.interpretations.reexported).toEqual([expect.any(String)])
    const manifest = fs.readFileSync(path.join(snapshotDir, 'manifest.json'), 'utf8')
    expect(manifest).toContain('更名后的测试机关')
    expect(manifest).toContain('经过更正的标题')
    const relatedPage = fs.readFileSync(path.join(snapshotDir, 'documents', `${relationTo}.json`), 'utf8')
    expect(relatedPage).toContain('"amendedBy"')
    const interpretedPage = fs.readFileSync(path.join(snapshotDir, 'documents', `${interpreted}.json`), 'utf8')
    expect(interpretedPage).toContain('新发布的政策解读')
    expect(fs.existsSync(path.join(snapshotDir, 'documents', `${hidden}.json`))).toBe(false)
  })
})
