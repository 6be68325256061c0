/**
 * GET /api/documents/:id/proof-page/:page (and /api/interpretations/…) — one page of the
 * back issue an OCR'd document or interpretation was read from, as a PNG, for its proofreading view (components/OcrProofreading.tsx).
 * Rendered on demand from the issue's print PDF by pdftoppm and cached under the data
 * directory (never the public site), rather than stored as uploads: the PDF is already
 * kept, and a page nobody opens costs nothing. The page is a draft's source, so it is
 * answered only to a signed-in user whom the collections' own access lets read the
 * document's draft and the print PDF, and only for the pages the document was read on;
 * never cached by a browser or a proxy.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'

import { dataDir } from '../../core/paths'
import { isStaffUser } from '../access/roles'
import { uploadPath } from '../issues/uploadPath'
import type { OcrProofing } from './proofSpots'
import { renderPdfPage } from './renderPdfPage'

/** Enough to read a character at a glance beside the text; a 60-page issue's pages stay small. */
export const PROOF_PAGE_DPI = 110

const refuse = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/** The collections whose entries an OCR'd back issue writes. */
export type ProofedCollection = 'documents' | 'interpretations'

export const proofPageEndpoint = (collection: ProofedCollection): Endpoint => ({
  path: '/:id/proof-page/:page',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !isStaffUser(req.user)) return refuse('请先登录管理后台，再查看校对页面。', 403)
    const proofing = await readableProofing(req, collection, String(req.routeParams?.id ?? ''))
    const page = Number(req.routeParams?.page)
    if (!proofing || !Number.isInteger(page) || page < proofing.firstPage || page > proofing.lastPage) {
      return refuse('找不到这一页：该文件没有这一页的扫描页面，或您无权查看。', 404)
    }
    const pdf = proofing.printPdf === null ? null : await readablePdf(req, proofing.printPdf)
    if (!pdf) return refuse('本期没有可读取的印刷版PDF，无法显示页面图片。', 404)
    let image: Buffer
    try {
      image = await cachedPage(pdf.file, pdf.id, page)
    } catch (error) {
      return refuse(`页面图片生成失败：${error instanceof Error ? error.message : String(error)}`, 500)
    }
    return new Response(new Uint8Array(image), {
      headers: { 'Content-Type': 'image/png', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
    })
  },
})

/** The entry's proofreading record, read with the user's own access to its draft. */
async function readableProofing(req: PayloadRequest, collection: ProofedCollection, id: string): Promise<OcrProofing | null> {
  if (!/^[\w-]+$/.test(id)) return null
  const doc = await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user: req.user }).catch(() => null)
  const proofing = doc?.ocrProofing as OcrProofing | null | undefined
  return proofing && typeof proofing === 'object' && Number.isInteger(proofing.firstPage) ? proofing : null
}

async function readablePdf(req: PayloadRequest, id: number): Promise<{ id: number; file: string } | null> {
  const upload = await req.payload
    .findByID({ collection: 'issue-pdfs', id, depth: 0, overrideAccess: false, user: req.user })
    .catch(() => null)
  const file = upload ? await uploadPath(req.payload, 'issue-pdfs', upload.id) : null
  return file ? { id, file } : null
}

/**
 * A print PDF never changes once stored (issuePdfs.collection.ts); its id with the file's
 * size and time names the image, so that an id the database hands out again after a
 * deletion does not find the old file's pages.
 */
async function cachedPage(file: string, pdfId: number, page: number): Promise<Buffer> {
  const stat = fs.statSync(file)
  const name = `${pdfId}-${stat.size}-${Math.round(stat.mtimeMs)}-${page}-${PROOF_PAGE_DPI}.png`
  const cached = path.join(dataDir(), 'proof-pages', name)
  if (fs.existsSync(cached)) return fs.readFileSync(cached)
  const image = await renderPdfPage(file, page, PROOF_PAGE_DPI)
  fs.mkdirSync(path.dirname(cached), { recursive: true })
  const part = `${cached}.${process.pid}.part`
  fs.writeFileSync(part, image)
  fs.renameSync(part, cached)
  return image
}
