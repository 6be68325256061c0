/**
 * Upgrades: a database made by an earlier release (test/fixtures/upgrade/, made by that
 * release's own code) is started with today's code, as npm start prepares it. Every later
 * migration runs, the content comes through intact (documents, organisations, accounts,
 * uploads, issues), the export and the site build work on it, and a second start applies
 * nothing.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { liveLink } from '../../cms/publishing/liveSite'
import { requestSiteBuild } from '../../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../../cms/publishing/runSiteBuild'
import { exportSnapshot } from '../../cms/export/exportSnapshot'
import { migrations } from '../../cms/migrations'
import { manifestSchema, snapshotPaths } from '../../core/snapshot/schema'
import { pipelineSettings } from '../../core/settings'
import { upgradeFixtureDir, upgradeRelease, writeUpgradeDatabase } from './helpers/upgradeFixture'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-upgrade-'))
const dbFile = path.join(dataDir, 'gongbao.db')
// Inside the repository: Astro moves files with rename(), which fails across filesystems.
const siteRoot = path.join(repoRoot, '.tmp', `upgrade-${process.pid}`)
const env = {
  DATA_DIR: dataDir,
  DATABASE_URI: `file:${dbFile}`,
  PAYLOAD_SECRET: 'upgrade-test-secret',
  SNAPSHOT_DIR: path.join(dataDir, 'snapshot'),
  SITE_ROOT: siteRoot,
}

type Row = Record<string, unknown>

/** What the old release wrote, read straight from its file before today's code touches it. */
function readFixture(): Record<
  'documents' | 'organizations' | 'users' | 'media' | 'pdfs' | 'issues' | 'attachments' | 'migrations',
  Row[]
> {
  const file = path.join(dataDir, 'fixture.db')
  if (!fs.existsSync(file)) writeUpgradeDatabase(file)
  const db = new DatabaseSync(file, { readOnly: true })
  const all = (query: string) => db.prepare(query).all() as Row[]
  try {
    return {
      documents: all('SELECT id, slug, title, doc_number, written_date, published_date, body FROM documents ORDER BY id'),
      organizations: all('SELECT id, name FROM organizations ORDER BY id'),
      users: all('SELECT id, email FROM users ORDER BY id'),
      media: all('SELECT id, filename, filesize FROM media ORDER BY id'),
      pdfs: all('SELECT id, filename, filesize FROM issue_pdfs ORDER BY id'),
      issues: all('SELECT id, title, year, issue_number, total_number, print_pdf_id, print_pages, _status FROM gazette_issues ORDER BY id'),
      attachments: all('SELECT _parent_id, title, file_id FROM documents_attachments'),
      migrations: all('SELECT name FROM payload_migrations ORDER BY name'),
    }
  } finally {
    db.close()
  }
}

function appliedMigrations(): string[] {
  const db = new DatabaseSync(dbFile, { readOnly: true })
  try {
    return (db.prepare('SELECT name FROM payload_migrations ORDER BY name').all() as Array<{ name: string }>).map((row) => row.name)
  } finally {
    db.close()
  }
}

/** Starts today's code in its own process as npm start prepares the database, and stops. */
function prepareInChild(): Promise<{ code: number | null; output: string }> {
  const script = [
    "const { gazettePayload, closeGazettePayload } = await import('./scripts/lib/payload.ts')",
    "const { prepareDatabase } = await import('./scripts/lib/prepareDatabase.ts')",
    'const payload = await gazettePayload()',
    "const admin = await prepareDatabase(payload, (line) => console.log('PREPARED', line))",
    "console.log('FIRST ADMIN', admin ? admin.email : 'none')",
    'await closeGazettePayload()',
    'process.exit(0)',
  ].join('\n')
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, LOG_FORMAT: '' }
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['--eval', `(async () => {\n${script}\n})()`], {
      cwd: repoRoot,
      env: childEnv,
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += String(chunk)))
    child.stderr.on('data', (chunk) => (output += String(chunk)))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

/** Every piece of text in a Lexical body, in order. */
function bodyText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown[]; root?: unknown }
  if (typeof text === 'string') return text
  if (root) return bodyText(root)
  return (children ?? []).map(bodyText).join('')
}

const fixture = readFixture()
let payload: Payload
let closePayload: () => Promise<void>

beforeAll(async () => {
  writeUpgradeDatabase(dbFile)
  fs.cpSync(path.join(upgradeFixtureDir, `${upgradeRelease}.files`), dataDir, { recursive: true })
}, 60_000)

afterAll(async () => {
  await closePayload?.()
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(siteRoot, { recursive: true, force: true })
})

describe(`a database made by release ${upgradeRelease}`, () => {
  it('is older than the code: it lacks at least two of the migrations', () => {
    const had = fixture.migrations.map((row) => row.name)
    const missing = migrations.map(({ name }) => name).filter((name) => !had.includes(name))
    expect(missing.length).toBeGreaterThanOrEqual(2)
    expect(fixture.documents.length).toBeGreaterThan(0)
    expect(fixture.issues.length).toBeGreaterThan(0)
    expect(fixture.attachments.length).toBeGreaterThan(0)
  })

  it('is brought to the current schema by the first start, which prepares nothing else', async () => {
    const { code, output } = await prepareInChild()
    expect(code, output).toBe(0)
    const had = new Set(fixture.migrations.map((row) => row.name as string))
    for (const { name } of migrations) {
      if (!had.has(name)) expect(output, `runs ${name}`).toContain(`Migrated:  ${name}`)
    }
    expect(appliedMigrations()).toEqual(migrations.map(({ name }) => name).sort())
    // The content is there: no sample content loaded over it, no new first admin.
    expect(output).not.toContain('PREPARED')
    expect(output).toContain('FIRST ADMIN none')
  }, 180_000)

  it('keeps its content, read through today’s code', async () => {
    Object.assign(process.env, env)
    const { gazettePayload, closeGazettePayload } = await import('../../scripts/lib/payload')
    payload = await gazettePayload()
    closePayload = closeGazettePayload

    const documents = await payload.find({ collection: 'documents', sort: 'id', limit: 100, depth: 0 })
    expect(documents.docs).toHaveLength(fixture.documents.length)
    for (const [index, old] of fixture.documents.entries()) {
      const doc = documents.docs[index]
      expect(doc).toMatchObject({
        id: old.id,
        slug: old.slug,
        title: old.title,
        docNumber: old.doc_number ?? null,
        writtenDate: old.written_date,
        publishedDate: old.published_date,
        _status: 'published',
      })
      expect(doc?.body).toEqual(JSON.parse(old.body as string))
      expect(bodyText(doc?.body).length).toBeGreaterThan(100)
    }
    expect(documents.docs.find((doc) => doc.slug === '2022-yuncheng-zwgk-yaodian')?.docNumber).toBe('运政办发〔2022〕18号')

    const organizations = await payload.find({ collection: 'organizations', sort: 'id', limit: 100, depth: 0 })
    expect(organizations.docs.map(({ id, name }) => ({ id, name }))).toEqual(fixture.organizations)

    // The accounts still sign in with the passwords the old release set.
    const users = await payload.find({ collection: 'users', sort: 'id', depth: 0 })
    expect(users.docs.map(({ id, email }) => ({ id, email }))).toEqual(fixture.users)
    for (const [email, password] of [
      ['admin@gongbao.local', 'fixture-admin-password'],
      ['editor@gongbao.local', 'fixture-editor-password'],
    ] as const) {
      const signedIn = await payload.login({ collection: 'users', data: { email, password } })
      expect(signedIn.token, email).toBeTruthy()
    }

    // Uploads and printed issues: the records point at files that are there, byte for byte.
    for (const [collection, rows, folder] of [
      ['media', fixture.media, 'media'],
      ['issue-pdfs', fixture.pdfs, 'issue-pdfs'],
    ] as const) {
      for (const old of rows) {
        const record = await payload.findByID({ collection, id: old.id as number, depth: 0 })
        expect(record.filename).toBe(old.filename)
        const file = path.join(dataDir, folder, String(record.filename))
        expect(fs.statSync(file).size).toBe(old.filesize)
        expect(fs.readFileSync(file)).toEqual(
          fs.readFileSync(path.join(upgradeFixtureDir, `${upgradeRelease}.files`, folder, String(old.filename))),
        )
      }
    }
    const attached = await payload.findByID({ collection: 'documents', id: fixture.attachments[0]?._parent_id as number, depth: 1 })
    expect(attached.attachments?.[0]?.title).toBe(fixture.attachments[0]?.title)
    const attachedFile = attached.attachments?.[0]?.file
    expect(typeof attachedFile === 'object' ? attachedFile?.filename : null).toBe('upgrade-attachment.pdf')

    const issues = await payload.find({ collection: 'gazette-issues', sort: 'id', depth: 0 })
    expect(
      issues.docs.map((issue) => ({
        id: issue.id,
        title: issue.title,
        year: issue.year,
        issue_number: issue.issueNumber,
        total_number: issue.totalNumber,
        print_pdf_id: issue.printPdf,
        print_pages: issue.printPages,
        _status: issue._status,
      })),
    ).toEqual(fixture.issues)
  })

  it('exports its public snapshot with today’s export', async () => {
    const outDir = path.join(dataDir, 'export-check')
    const exported = await exportSnapshot(payload, { outDir, gazetteName: '升级测试公报', timeZone: 'Asia/Shanghai' })
    expect(exported.documents).toBe(fixture.documents.length)
    expect(exported.files).toBeGreaterThanOrEqual(1)
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(outDir, snapshotPaths.manifest), 'utf8')))
    expect(manifest.issues.map(({ id, totalNumber, pdf }) => ({ id, totalNumber, pages: pdf?.pages })).reverse()).toEqual(
      fixture.issues.map((issue) => ({
        id: `${issue.year}-${issue.issue_number}`,
        totalNumber: issue.total_number,
        pages: issue.print_pages,
      })),
    )
    for (const issue of manifest.issues) {
      expect(issue.pdf, issue.id).not.toBeNull()
      expect(fs.statSync(path.join(outDir, decodeURIComponent(issue.pdf?.url ?? ''))).size).toBe(issue.pdf?.bytes)
    }
    const slug = String(fixture.documents.find((doc) => doc.id === fixture.attachments[0]?._parent_id)?.slug)
    const document = JSON.parse(fs.readFileSync(path.join(outDir, snapshotPaths.document(slug)), 'utf8')) as {
      title: string
      attachments: Array<{ title: string; url: string }>
    }
    expect(document.attachments.map((attachment) => attachment.title)).toEqual([fixture.attachments[0]?.title])
    const attachment = path.join(outDir, decodeURIComponent(document.attachments[0]?.url ?? ''))
    expect(fs.readFileSync(attachment)).toEqual(
      fs.readFileSync(path.join(upgradeFixtureDir, `${upgradeRelease}.files`, 'media', 'upgrade-attachment.pdf')),
    )
  }, 120_000)

  it('builds the public site through the publishing pipeline', async () => {
    await requestSiteBuild(payload, '升级测试')
    const outcome = await runNextSiteBuild(payload, pipelineSettings())
    expect(outcome?.status).toBe('succeeded')
    const live = liveLink(siteRoot)
    for (const old of fixture.documents) {
      const page = fs.readFileSync(path.join(live, 'documents', String(old.slug), 'index.html'), 'utf8')
      expect(page).toContain(String(old.title))
    }
    await closePayload()
  }, 600_000)

  it('applies nothing on a second start', async () => {
    const before = appliedMigrations()
    const { code, output } = await prepareInChild()
    expect(code, output).toBe(0)
    expect(output).not.toContain('Migrating:')
    expect(output).not.toContain('PREPARED')
    expect(appliedMigrations()).toEqual(before)
  }, 180_000)
})
