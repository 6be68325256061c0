/**
 * What must hold after any crash, read from the database and the disk as a restarted CMS
 * finds them (test/int/crashSafety*.test.ts): every file a record names is there and
 * whole, every document's attachments are, no number is given twice, every published
 * issue has its PDF; the live link points at a whole, verified build; and what a killed
 * build left under the site root is gone once recovery ran. Each returns its problems in
 * words, empty when all holds.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { keptManifest } from '../../../cms/publishing/keptSnapshots'
import { buildsDir, liveBuildId, liveLink, trashDir } from '../../../cms/publishing/liveSite'
import { verifyBuild } from '../../../cms/publishing/verifyBuild'
import { relationId } from '../../../core/snapshot/relationId'

type Upload = { id: number; filename?: string | null }

/** Whether a file is a whole PDF: its header, and the end-of-file marker at its end. */
export function wholePdf(file: string): boolean {
  const bytes = fs.readFileSync(file)
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(-1024).toString('latin1').includes('%%EOF')
}

export async function contentProblems(payload: Payload): Promise<string[]> {
  const problems: string[] = []
  const uploads = async (collection: 'media' | 'issue-pdfs') => {
    const { docs } = await payload.find({ collection, pagination: false, depth: 0 })
    const staticDir = payload.collections[collection].config.upload.staticDir ?? ''
    const byId = new Map<string, Upload>(docs.map((doc) => [String(doc.id), doc]))
    for (const doc of docs) {
      const file = doc.filename ? path.join(staticDir, doc.filename) : null
      if (!file || !fs.existsSync(file)) problems.push(`${collection} ${doc.id}：记录在，文件不在（${doc.filename}）`)
      else if (doc.mimeType === 'application/pdf' && !wholePdf(file))
        problems.push(`${collection} ${doc.id}：PDF 不完整（${doc.filename}）`)
    }
    return byId
  }
  const media = await uploads('media')
  const pdfs = await uploads('issue-pdfs')
  const refersTo = (owner: string, store: Map<string, Upload>, ref: unknown) => {
    const id = relationId(ref)
    if (id !== null && !store.has(id)) problems.push(`${owner}：引用的文件 ${id} 不存在`)
  }
  // The documents as stored and as the admin shows them (the latest version, a draft included).
  for (const draft of [false, true]) {
    const { docs } = await payload.find({ collection: 'documents', pagination: false, depth: 0, draft })
    for (const doc of docs) {
      const owner = `《${doc.title}》${draft ? '（最新版本）' : ''}`
      for (const row of doc.attachments ?? []) refersTo(owner, media, row.file)
      if ((doc.attachments ?? []).some((row) => relationId(row.file) === null)) problems.push(`${owner}：附件没有文件`)
      refersTo(owner, media, doc.importSource)
    }
    const numbers = docs.map((doc) => doc.docNumber).filter((number): number is string => Boolean(number))
    for (const number of new Set(numbers))
      if (numbers.filter((n) => n === number).length > 1) problems.push(`发文字号 ${number} 被多件文件使用${draft ? '（最新版本）' : ''}`)
  }
  const { docs: issues } = await payload.find({ collection: 'gazette-issues', pagination: false, depth: 0 })
  for (const issue of issues.filter((candidate) => candidate._status === 'published')) {
    const pdf = relationId(issue.printPdf)
    if (pdf === null) problems.push(`${issue.year}年第${issue.issueNumber}期已出版，但没有印刷版PDF`)
    else refersTo(`${issue.year}年第${issue.issueNumber}期`, pdfs, pdf)
  }
  const { docs: reservations } = await payload.find({ collection: 'number-reservations', pagination: false, depth: 0 })
  const keys = reservations.map((r) => `${r.series}#${r.serial}`)
  if (new Set(keys).size !== keys.length) problems.push('同一编号被分配了两次')
  return problems
}

/** The live link resolves to a whole build: filed under builds/, with its pages and links as verified before any switch. */
export function liveProblems(siteRoot: string): string[] {
  const id = liveBuildId(siteRoot)
  if (!id) return ['没有线上链接']
  const dir = path.join(buildsDir(siteRoot), id)
  if (fs.realpathSync(liveLink(siteRoot)) !== fs.realpathSync(dir)) return [`线上链接没有指向 builds/${id}`]
  const manifest = keptManifest(siteRoot, id)
  if (!manifest) return [`线上构建 ${id} 没有保留的快照`]
  const verified = verifyBuild(dir, manifest)
  return verified.ok ? [] : verified.problems.map((problem) => `线上构建 ${id}：${problem}`)
}

/** What a killed build or switch may leave under the site root, still there. */
export function siteLeftovers(siteRoot: string): string[] {
  const list = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : [])
  return [
    ...list(path.join(siteRoot, 'work')).map((name) => `work/${name}`),
    ...list(siteRoot).filter((name) => name.startsWith('live.next-')),
    ...list(trashDir(siteRoot)).map((name) => `trash/${name}`),
  ]
}
