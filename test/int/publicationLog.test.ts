/**
 * The publication log on the real database and the real pipeline (issue 20): every
 * build appends what it publishes, signed, and serves the log with the site; `npm run
 * verify` (the real CLI, in a child process) answers for a page, an attachment and a
 * print PDF: unchanged, replaced, withdrawn, never published; a rewritten history is
 * caught against a kept head; a crash between the switch and the log's commit, and a
 * rollback, leave one unbroken log.
 */
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifyFiles } from '../../core/addresses'
import { checkLog } from '../../core/verify/checkLog'
import { checkKeys } from '../../core/verify/keys'
import type { LogEntry } from '../../core/verify/entries'
import { buildsDir, liveBuildId, liveLink } from '../../cms/publishing/liveSite'
import { requestSiteBuild } from '../../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../../cms/publishing/runSiteBuild'
import { readLogFolder } from '../../cms/verify/logFolder'
import { logHomeDir } from '../../cms/verify/siteLog'
import { pipelineSettings } from '../../core/settings'
import { signIn } from './helpers/reviewFlow'
import { seedSampleGazette } from './helpers/sampleGazette'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const DOCUMENT = '2022-yuncheng-zwgk-yaodian'
let gazette: TempGazette
let siteRoot: string
let work: string

const live = (...parts: string[]) => path.join(fs.realpathSync(liveLink(siteRoot)), ...parts)
const liveLog = () => {
  const log = readLogFolder(live('verify'))
  if (!log) throw new Error('no log in the live build')
  return log
}
const entries = (): LogEntry[] => liveLog().batches.flatMap((batch) => batch.entries)

async function build(settings = pipelineSettings()): Promise<string> {
  await requestSiteBuild(gazette.payload, '发布日志测试')
  const outcome = await runNextSiteBuild(gazette.payload, settings)
  if (outcome?.status !== 'succeeded') {
    const record = outcome ? await gazette.payload.findByID({ collection: 'site-builds', id: outcome.id }) : null
    throw new Error(`build failed:\n${record?.log ?? ''}`)
  }
  return outcome.buildId
}

/** `npm run verify` as a reader runs it, against a site folder. */
function verify(args: string[], site = live()): { status: number | null; out: string } {
  const result = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/verify/index.ts', ...args, '--log', site], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '' },
  })
  return { status: result.status, out: `${result.stdout}${result.stderr}` }
}

/** A copy of a file, kept aside as a reader would keep a download. */
function keep(source: string, name: string): string {
  const target = path.join(work, name)
  fs.copyFileSync(source, target)
  return target
}

beforeAll(async () => {
  siteRoot = path.resolve('.tmp', `publication-log-${process.pid}`)
  work = path.join(siteRoot, 'kept')
  process.env.SITE_ROOT = siteRoot
  gazette = await startTempGazette()
  // An attachment too, so that uploaded files are logged and checked.
  await seedSampleGazette(gazette.payload, { name: 'fujian.pdf', text: '附件 公示', notOn: DOCUMENT })
  fs.mkdirSync(work, { recursive: true })
}, 300_000)

afterAll(async () => {
  await gazette?.cleanup()
  fs.rmSync(siteRoot, { recursive: true, force: true })
  delete process.env.SITE_ROOT
})

describe('the publication log', () => {
  let firstHead: string

  it('logs every public item of the first build, signed with a generated and labelled test key', async () => {
    await build()
    const log = liveLog()
    const manifest = JSON.parse(fs.readFileSync(path.join(siteRoot, 'snapshots', liveBuildId(siteRoot) as string, 'manifest.json'), 'utf8'))
    const public_ = manifest.documents.length + manifest.interpretations.length + manifest.issues.length
    expect(log.head.size).toBe(public_)
    expect(entries().every((entry) => entry.kind === 'publish' && entry.version === 1)).toBe(true)
    expect(log.keys.keys).toHaveLength(1)
    expect(log.keys.keys[0]).toMatchObject({ test: true, keyId: log.head.keyId })
    expect(log.keys.keys[0]?.label).toContain('测试')
    expect(await checkLog(log.batches, log.head, log.keys)).toEqual([])
    // Committed to the home after the switch.
    expect(readLogFolder(logHomeDir(siteRoot))?.head).toEqual(log.head)
    // An issue's entry holds its page and its files (print PDF, cover), the files by folder, not name.
    const issue = entries().find((entry) => entry.item.type === 'issue')
    expect(issue?.files.some((file) => /^\/files\/issues\/[^/]+\/$/.test(file.path))).toBe(true)
    firstHead = keep(live('verify', verifyFiles.head), 'first-head.json')
  })

  it('shows each document page’s content fingerprint, the one its entry records', () => {
    const page = fs.readFileSync(live('documents', DOCUMENT, 'index.html'), 'utf8')
    const entry = entries().find((candidate) => candidate.item.id === DOCUMENT)
    expect(entry).toBeDefined()
    expect(page).toContain(entry?.contentHash)
    expect(page).toContain(`/verify/?item=document/${DOCUMENT}`)
  })

  it('answers 未改动 for a page, an attachment and a print PDF, and 从未发布 for a changed byte', () => {
    const page = verify([live('documents', DOCUMENT, 'index.html')])
    expect(page.out).toContain('未改动')
    expect(page.status).toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(siteRoot, 'snapshots', liveBuildId(siteRoot) as string, 'manifest.json'), 'utf8'))
    const pdf = (manifest.issues as { pdf: { url: string } | null }[]).find((issue) => issue.pdf)?.pdf?.url as string
    const printed = verify([live(...decodeURIComponent(pdf).split('/'))])
    expect(printed.out).toContain('未改动')
    expect(printed.status).toBe(0)
    const attachments = fs.readdirSync(live('files'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    const attachment = attachments.find((entry) => !entry.parentPath.includes(`${path.sep}issues`))
    expect(attachment).toBeDefined()
    const attachmentFile = path.join(attachment?.parentPath ?? '', attachment?.name ?? '')
    expect(verify([attachmentFile]).status).toBe(0)
    const changedAttachment = keep(attachmentFile, 'changed-attachment.pdf')
    fs.appendFileSync(changedAttachment, ' ')
    expect(verify([changedAttachment]).status).toBe(4)
    const changed = keep(live('documents', DOCUMENT, 'index.html'), 'changed.html')
    const bytes = fs.readFileSync(changed)
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] as number) ^ 1
    fs.writeFileSync(changed, bytes)
    const answer = verify([changed])
    expect(answer.out).toContain('从未发布')
    expect(answer.status).toBe(4)
  })

  it('adds nothing when a rebuild publishes nothing new', async () => {
    const before = liveLog().head
    await build()
    expect(liveLog().head).toEqual(before)
  })

  it('logs an update, and a copy of the old page then reads as replaced', async () => {
    const oldPage = keep(live('documents', DOCUMENT, 'index.html'), 'old-page.html')
    const { docs } = await gazette.payload.find({ collection: 'documents', where: { slug: { equals: DOCUMENT } }, limit: 1 })
    const document = docs[0]
    if (!document) throw new Error('sample document missing')
    await gazette.payload.update({
      collection: 'documents',
      id: document.id,
      data: { title: `${document.title}（修订）`, _status: 'published' },
    })
    const size = liveLog().head.size
    await build()
    const added = entries().slice(size)
    expect(added.map((entry) => [entry.kind, entry.item.id, entry.version])).toContainEqual(['update', DOCUMENT, 2])
    const answer = verify([oldPage])
    expect(answer.out).toContain('已被更新')
    expect(answer.status).toBe(3)
    expect(verify([live('documents', DOCUMENT, 'index.html')]).status).toBe(0)
  })

  it('logs a withdrawal when a document stops being public, keeping no text of it', async () => {
    const { docs } = await gazette.payload.find({ collection: 'documents', where: { slug: { equals: DOCUMENT } }, limit: 1 })
    const document = docs[0]
    if (!document) throw new Error('sample document missing')
    const oldPage = keep(live('documents', DOCUMENT, 'index.html'), 'withdrawn-page.html')
    await gazette.payload.update({
      collection: 'documents',
      id: document.id,
      data: { disclosure: 'on-request', disclosureReason: '经审查，属于依申请公开的内容。', _status: 'published' },
    })
    await build()
    const last = entries()
      .filter((entry) => entry.item.id === DOCUMENT)
      .at(-1)
    expect(last).toMatchObject({ kind: 'withdraw', files: [] })
    const answer = verify([oldPage])
    expect(answer.out).toContain('已撤回')
    expect(answer.status).toBe(3)
    // Append-only and public: it names items by id, never by their words.
    for (const file of fs.readdirSync(live('verify'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())) {
      expect(fs.readFileSync(path.join(file.parentPath, file.name), 'utf8')).not.toContain(document.title)
    }
  })

  it('catches a rewritten history against a head kept earlier', () => {
    const intact = verify(['--kept-head', firstHead])
    expect(intact.out).toContain('日志完整')
    expect(intact.status).toBe(0)
    const tampered = (name: string, change: (batch: { entries: LogEntry[] }) => void) => {
      const copy = path.join(work, name)
      fs.cpSync(live('verify'), path.join(copy, 'verify'), { recursive: true, dereference: true })
      const file = path.join(copy, 'verify', verifyFiles.batch(1))
      const batch = JSON.parse(fs.readFileSync(file, 'utf8'))
      change(batch)
      fs.rmSync(file)
      fs.writeFileSync(file, JSON.stringify(batch))
      return copy
    }
    const removed = tampered('removed', (batch) => batch.entries.splice(1, 1))
    expect(verify(['--kept-head', firstHead], removed).status).toBe(1)
    const reordered = tampered('reordered', (batch) => batch.entries.reverse())
    expect(verify(['--kept-head', firstHead], reordered).status).toBe(1)
    const altered = tampered('altered', (batch) => {
      const entry = batch.entries[0] as LogEntry
      entry.date = '2000-01-01'
    })
    const answer = verify(['--kept-head', firstHead], altered)
    expect(answer.status).toBe(1)
    expect(answer.out).toContain('不一致或已损坏')
  })

  it('goes on from the live build’s log when the CMS stopped between the switch and the log’s commit', async () => {
    const home = logHomeDir(siteRoot)
    const before = path.join(work, 'home-before')
    fs.cpSync(home, before, { recursive: true })
    const { docs } = await gazette.payload.find({ collection: 'documents', where: { disclosure: { equals: 'proactive' } }, limit: 1 })
    const document = docs[0]
    if (!document) throw new Error('no public document')
    await gazette.payload.update({
      collection: 'documents',
      id: document.id,
      data: { title: `${document.title}（再次修订）`, _status: 'published' },
    })
    await build()
    // As if the process died right after the switch: the home never got the new batch.
    fs.rmSync(home, { recursive: true })
    fs.cpSync(before, home, { recursive: true })
    const servedSize = liveLog().head.size
    await gazette.payload.update({
      collection: 'documents',
      id: document.id,
      data: { title: `${document.title}（第三次修订）`, _status: 'published' },
    })
    await build()
    const log = liveLog()
    expect(log.head.size).toBeGreaterThan(servedSize)
    expect(await checkLog(log.batches, log.head, log.keys)).toEqual([])
    expect(readLogFolder(home)?.head).toEqual(log.head)
  })

  it('logs a rollback like a build: the kept build is served with the whole log, its pages recorded again', async () => {
    const before = liveBuildId(siteRoot) as string
    // A "template change": the next build's document pages differ in bytes only.
    const astro = path.join(repoRoot, 'node_modules', '.bin', 'astro')
    const marked = `${astro} build && find "$DIST_DIR/documents" -name index.html -exec sh -c 'echo "<!-- 新模板 -->" >> "$1"' _ {} \\;`
    const sizeBefore = liveLog().head.size
    await build({ ...pipelineSettings(), siteBuildCommand: marked, incremental: false })
    const size = liveLog().head.size
    const added = entries().slice(sizeBefore)
    expect(added.length).toBeGreaterThan(0)
    expect(added.every((entry) => entry.item.type === 'document' && ['update', 'withdraw'].includes(entry.kind))).toBe(true)
    const { docs } = await gazette.payload.find({ collection: 'site-builds', where: { buildId: { equals: before } } })
    const publisher = await signIn(gazette, 'log-publisher@example.gov.cn', ['publisher'])
    const response = await gazette.rest(`/api/site-builds/${docs[0]?.id}/rollback`, {
      method: 'POST',
      headers: { Authorization: `JWT ${publisher}` },
    })
    expect(response.status, await response.clone().text()).toBe(200)
    expect(liveBuildId(siteRoot)).toBe(before)
    const log = liveLog()
    expect(log.head.size).toBeGreaterThan(size)
    expect(await checkLog(log.batches, log.head, log.keys)).toEqual([])
    expect(readLogFolder(logHomeDir(siteRoot))?.head).toEqual(log.head)
    // The page served again reads as the current version.
    const page = verify([
      live(
        'documents',
        fs.readdirSync(live('documents')).find((name) => fs.existsSync(live('documents', name, 'index.html'))) as string,
        'index.html',
      ),
    ])
    expect(page.status).toBe(0)
    expect(fs.existsSync(path.join(buildsDir(siteRoot), before, 'verify', verifyFiles.head))).toBe(true)
  })

  it('rotates to an office’s own key: the new key is published with a statement it signed, and earlier heads still check', async () => {
    const keyFile = path.join(work, 'office-key.pem')
    fs.writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }))
    const before = liveLog()
    process.env.SITE_SIGNING_KEY = keyFile
    try {
      await build()
    } finally {
      delete process.env.SITE_SIGNING_KEY
    }
    const log = liveLog()
    expect(log.keys.keys).toHaveLength(2)
    expect(log.keys.keys[1]).toMatchObject({ test: false, keyId: log.head.keyId })
    expect(log.head.keyId).not.toBe(before.head.keyId)
    expect(log.keys.rotations).toHaveLength(1)
    expect(log.keys.rotations[0]?.statement).toMatchObject({ from: before.head.keyId, to: log.head.keyId })
    expect(await checkKeys(log.keys)).toEqual([])
    expect(await checkLog(log.batches, log.head, log.keys)).toEqual([])
    // A head kept before the rotation, signed by the old key, still proves the history.
    expect(verify(['--kept-head', firstHead]).status).toBe(0)
  })

  it('refuses to build on a log whose kept copy was changed, and leaves the live site as it was', async () => {
    const home = logHomeDir(siteRoot)
    const file = path.join(home, verifyFiles.batch(1))
    const original = fs.readFileSync(file)
    const batch = JSON.parse(original.toString('utf8'))
    batch.entries[0].date = '2000-01-01'
    fs.rmSync(file)
    fs.writeFileSync(file, JSON.stringify(batch))
    const liveBefore = liveBuildId(siteRoot)
    try {
      await requestSiteBuild(gazette.payload, '发布日志被改动后的构建')
      const outcome = await runNextSiteBuild(gazette.payload, pipelineSettings())
      expect(outcome?.status).toBe('failed')
      const record = await gazette.payload.findByID({ collection: 'site-builds', id: outcome?.id as number })
      expect(record.log).toContain('发布日志核验未通过')
      expect(liveBuildId(siteRoot)).toBe(liveBefore)
    } finally {
      fs.rmSync(file)
      fs.writeFileSync(file, original)
    }
  })
})
