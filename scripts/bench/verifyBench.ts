/**
 * npm run bench -- verify [--docs N]: what authenticity costs (issue 20), figures only.
 * A gazette of N documents (a page of ~25 KB each, an attachment for one in five) as the
 * publication log's first build logs it: hashing the files, deciding the entries, the
 * batch, the lookup index with every proof, the signed head, the files written and their
 * size; then one publication on top, as each later build pays it; then a full check of
 * the log. And the signature of one print PDF of 20 pages with the local test certificate.
 */
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDFDocument, StandardFonts } from 'pdf-lib'

import { documentPath } from '../../core/addresses'
import { makeBatch } from '../../core/verify/batches'
import { bytesToBase64 } from '../../core/verify/digest'
import { checkLog } from '../../core/verify/checkLog'
import { type ItemRecord, nextEntries, ZERO_HASH } from '../../core/verify/entries'
import { latestEntries } from '../../core/verify/batches'
import { makeHead, signHead } from '../../core/verify/head'
import { lookupIndex, lookupRecords } from '../../core/verify/lookup'
import { siteKey } from '../../cms/signing/siteKey'
import { signingCertificate } from '../../cms/signing/pdfCertificate'
import { signPdf } from '../../cms/signing/signPdf'
import { linkImmutable, type StoredLog, writeLogFolder } from '../../cms/verify/logFolder'

const ms = (start: number) => `${Math.round(performance.now() - start)} ms`

export async function benchVerify(docs: number): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-bench-verify-'))
  process.env.DATA_DIR = path.join(work, 'data')
  try {
    const key = await siteKey({ ...process.env, SITE_SIGNING_KEY: '' })
    console.log(`发布日志基准：${docs} 篇文件（每篇页面约 25 KB，五分之一带 200 KB 附件），2 核机器`)

    let started = performance.now()
    const items: ItemRecord[] = []
    for (let i = 1; i <= docs; i++) {
      const files = [{ path: documentPath(String(i)), bytes: randomBytes(25_000) }]
      if (i % 5 === 0) files.push({ path: `/files/${i}/`, bytes: randomBytes(200_000) })
      items.push({
        item: { type: 'document', id: String(i) },
        date: '2026-12-05',
        decidedBy: 'publisher',
        files: files.map((file) => ({ path: file.path, sha256: createHash('sha256').update(file.bytes).digest('hex') })),
        contentHash: createHash('sha256').update(String(i)).digest('hex'),
      })
    }
    console.log(`  文件哈希（${items.reduce((sum, item) => sum + item.files.length, 0)} 个文件）：${ms(started)}`)

    started = performance.now()
    const entries = await nextEntries(new Map(), items, { seq: 1, prev: ZERO_HASH, date: '2026-12-05', decidedBy: 'publisher' })
    const decided = ms(started)
    started = performance.now()
    const batch = await makeBatch(entries, null, new Date().toISOString())
    const batched = ms(started)
    started = performance.now()
    const shards = await lookupIndex([batch])
    const records = await lookupRecords([batch])
    const indexed = ms(started)
    started = performance.now()
    const head = signHead(await makeHead([batch], new Date().toISOString(), key.keyId), key.sign)
    const signed = ms(started)
    const keys = {
      keys: [
        {
          keyId: key.keyId,
          algorithm: 'Ed25519' as const,
          publicKey: bytesToBase64(key.publicKey),
          label: key.label,
          test: true,
          since: head.time,
        },
      ],
      rotations: [],
    }
    const first: StoredLog = { batches: [batch], head, keys }
    started = performance.now()
    const firstDir = path.join(work, 'first')
    writeLogFolder(firstDir, first, { shards, records })
    const written = ms(started)
    const size = folderSize(firstDir)
    console.log(
      `  首次构建：${entries.length} 条记录；判定 ${decided}，批次与默克尔根 ${batched}，检索索引与包含证明 ${indexed}，签名 ${signed}，写入 ${written}`,
    )
    console.log(
      `  日志文件：共 ${(size.bytes / 1024 / 1024).toFixed(1)} MB、${size.files} 个；检索分片平均 ${Math.round(averageShard(firstDir) / 1024)} KB（核验一次文件下载一个分片、一条记录、批次摘要和日志头）`,
    )

    started = performance.now()
    const updated = items.map((item, i) => (i === 0 ? { ...item, contentHash: createHash('sha256').update('v2').digest('hex') } : item))
    const more = await nextEntries(latestEntries([batch]), updated, {
      seq: head.size + 1,
      prev: head.lastEntry,
      date: '2026-12-06',
      decidedBy: 'publisher',
    })
    const second = await makeBatch(more, batch.header, new Date().toISOString())
    const batches = [batch, second]
    const nextHead = signHead(await makeHead(batches, new Date().toISOString(), key.keyId), key.sign)
    const nextDir = path.join(work, 'next')
    linkImmutable(firstDir, nextDir, first, head.size)
    writeLogFolder(
      nextDir,
      { batches, head: nextHead, keys },
      { shards: await lookupIndex(batches), records: await lookupRecords(batches, 2) },
    )
    console.log(`  再发布一篇（此后每次构建）：${more.length} 条新记录，含重建检索索引、链接旧文件与写入：${ms(started)}`)

    started = performance.now()
    const problems = await checkLog(batches, nextHead, keys)
    console.log(`  完整核对日志（每次构建前）：${ms(started)}${problems.length > 0 ? `，问题：${problems[0]}` : ''}`)

    const pdf = await twentyPagePdf()
    const certificate = await signingCertificate({ ...process.env, SIGNING_CERTIFICATE: '' })
    await signPdf(pdf, { certificate, reason: '基准', name: '基准' })
    started = performance.now()
    const rounds = 10
    for (let i = 0; i < rounds; i++) await signPdf(pdf, { certificate, reason: '基准', name: '基准' })
    console.log(
      `  印刷版PDF签名（20 页，${Math.round(pdf.length / 1024)} KB，测试证书 RSA 2048）：每份 ${Math.round((performance.now() - started) / rounds)} ms`,
    )
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

function folderSize(dir: string): { bytes: number; files: number } {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  return { files: files.length, bytes: files.reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0) }
}

function averageShard(dir: string): number {
  const shards = path.join(dir, 'log', 'lookup')
  const sizes = fs.readdirSync(shards).map((name) => fs.statSync(path.join(shards, name)).size)
  return sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length)
}

async function twentyPagePdf(): Promise<Buffer> {
  const document = await PDFDocument.create()
  const font = await document.embedFont(StandardFonts.Helvetica)
  for (let page = 1; page <= 20; page++) {
    const sheet = document.addPage([595, 842])
    for (let line = 0; line < 40; line++)
      sheet.drawText(`Page ${page} line ${line} ${'x'.repeat(60)}`, { x: 40, y: 800 - line * 19, size: 10, font })
  }
  return Buffer.from(await document.save({ useObjectStreams: false }))
}
