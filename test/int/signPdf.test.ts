/**
 * signPdf on real PDFs, checked with Debian's pdfsig: a print of our own engine
 * (Chromium, more than eight pages, so that its page tree has intermediate nodes) and PDFs
 * made elsewhere, as an office uploads them: redrawn by cairo (pdftocairo), written with
 * object and cross-reference streams (pdf-lib, PDF 1.5), and a minimal hand-made PDF 1.4
 * from the fixtures. Each comes out with one valid signature over the whole file, the
 * local test certificate's name, the signing time and a Chinese reason a reader decodes;
 * its pages read as before; signing again changes nothing; one changed byte is caught; a
 * second certificate adds a second signature and leaves the first valid. The local test
 * certificate is made once per data folder, readable only by its owner, and a wrong
 * configuration is refused in Chinese.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../cms/print/chromium'
import { openPdfRenderer } from '../../cms/print/htmlToPdf'
import { readPdf } from '../../cms/print/pdfReader'
import { readPkcs12, signingCertificate, SigningCertificateError, type SigningCertificate } from '../../cms/signing/pdfCertificate'
import { signPdf, signPdfOnce } from '../../cms/signing/signPdf'
import { testCertificateName, testPkcs12 } from '../../cms/signing/testCertificate'
import { pdfsig } from './helpers/pdfsig'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-sign-'))
const reason = '政府公报印刷版（标准文本）'
const name = '河阳市人民政府公报'
const saved = { DATA_DIR: process.env.DATA_DIR, SIGNING_CERTIFICATE: process.env.SIGNING_CERTIFICATE }

let certificate: SigningCertificate
const pdfs = new Map<string, Buffer>()

/** Twelve A4 pages of Chinese text, printed by the print engine's renderer. */
async function chromiumPdf(): Promise<Buffer> {
  const browser = await launchChromium()
  try {
    const renderer = await openPdfRenderer(browser)
    const pages = Array.from(
      { length: 12 },
      (_, index) => `<section style="break-after: page"><h1>第${index + 1}页</h1><p>${'政府公报印刷版正文。'.repeat(40)}</p></section>`,
    )
    const pdf = await renderer.render(`<!doctype html><html lang="zh-CN"><body>${pages.join('')}</body></html>`)
    await renderer.close()
    return pdf
  } finally {
    await browser.close()
  }
}

function write(file: string, bytes: Buffer): string {
  const target = path.join(dir, file)
  fs.writeFileSync(target, bytes)
  return target
}

/** The signature dictionary's reason and name as pdf-lib reads them from the last signature field. */
async function signatureText(pdf: Buffer): Promise<{ reason: string; name: string }> {
  const document = await PDFDocument.load(pdf)
  const form = document.catalog.lookup(PDFName.of('AcroForm'), PDFDict)
  const fields = form.lookup(PDFName.of('Fields'), PDFArray)
  const field = fields.lookup(fields.size() - 1, PDFDict)
  const signature = field.lookup(PDFName.of('V'), PDFDict)
  const text = (key: string) => (signature.lookup(PDFName.of(key)) as PDFHexString).decodeText()
  return { reason: text('Reason'), name: text('Name') }
}

beforeAll(async () => {
  process.env.DATA_DIR = dir
  delete process.env.SIGNING_CERTIFICATE
  certificate = await signingCertificate()
  const chromium = await chromiumPdf()
  pdfs.set('Chromium', chromium)
  const source = write('chromium.pdf', chromium)
  const cairo = spawnSync('pdftocairo', ['-pdf', source, path.join(dir, 'cairo.pdf')])
  expect(cairo.status, String(cairo.stderr)).toBe(0)
  pdfs.set('cairo', fs.readFileSync(path.join(dir, 'cairo.pdf')))
  const streams = Buffer.from(await (await PDFDocument.load(chromium)).save({ useObjectStreams: true }))
  expect(streams.toString('latin1')).toMatch(/\/Type\s*\/ObjStm/)
  pdfs.set('object streams', streams)
  pdfs.set('minimal PDF 1.4', fs.readFileSync(path.join(import.meta.dirname, '../fixtures/snapshot/files/2022-0018/重点任务分工.pdf')))
}, 120_000)

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the local test certificate', () => {
  it('is made once into the data folder, readable only by its owner, and says it is for testing', async () => {
    expect(certificate.test).toBe(true)
    expect(certificate.commonName).toBe(testCertificateName)
    expect(certificate.file).toBe(path.join(dir, 'signing', 'test-certificate.p12'))
    for (const file of [certificate.file, path.join(dir, 'signing', 'test-certificate.password')]) {
      expect(fs.statSync(file).mode & 0o777, file).toBe(0o600)
    }
    const { notBefore, notAfter } = certificate.certificate.validity
    expect(notAfter.getFullYear() - notBefore.getFullYear()).toBe(10)
    const usage = certificate.certificate.getExtension('keyUsage') as { digitalSignature?: boolean; nonRepudiation?: boolean }
    expect(usage).toMatchObject({ digitalSignature: true, nonRepudiation: true })
    expect((await signingCertificate()).fingerprint).toBe(certificate.fingerprint)
  })

  it('refuses, in Chinese, a configured file that is not there and a wrong password', async () => {
    const missing = signingCertificate({ SIGNING_CERTIFICATE: path.join(dir, 'none.p12') })
    await expect(missing).rejects.toThrow(SigningCertificateError)
    await expect(missing).rejects.toThrow('SIGNING_CERTIFICATE 指向的文件不存在')
    const office = write('office.p12', testPkcs12('河阳市人民政府办公室', 'right-password'))
    await expect(signingCertificate({ SIGNING_CERTIFICATE: office, SIGNING_CERTIFICATE_PASSWORD: 'wrong' })).rejects.toThrow(
      'SIGNING_CERTIFICATE_PASSWORD 与证书文件不符（密码错误）',
    )
    const right = await signingCertificate({ SIGNING_CERTIFICATE: office, SIGNING_CERTIFICATE_PASSWORD: 'right-password' })
    expect(right.test).toBe(false)
    const notP12 = write('not.p12', Buffer.from('not a certificate'))
    await expect(signingCertificate({ SIGNING_CERTIFICATE: notP12 })).rejects.toThrow('不是可读取的 PKCS#12')
  })
})

describe.each(['Chromium', 'cairo', 'object streams', 'minimal PDF 1.4'])('a %s PDF, signed', (kind) => {
  let original: Buffer
  let signed: Buffer

  beforeAll(async () => {
    original = pdfs.get(kind) as Buffer
    const started = performance.now()
    signed = await signPdf(original, { certificate, reason, name })
    console.log(`signPdf (${kind}, ${original.length} bytes): ${Math.round(performance.now() - started)} ms`)
  })

  it('carries one valid signature over the whole file, with the signer and the signing time', () => {
    const signedFrom = Date.now()
    const report = pdfsig(write(`${kind}-signed.pdf`, signed))
    expect(report.signatures, report.output).toHaveLength(1)
    const [signature] = report.signatures
    expect(signature?.valid, report.output).toBe(true)
    expect(signature?.wholeDocument, report.output).toBe(true)
    expect(signature?.commonName).toBe(testCertificateName)
    // Signed in this test's beforeAll, a moment ago (pdfsig shows whole seconds).
    expect(signature?.signedAt?.getTime()).toBeGreaterThan(signedFrom - 120_000)
    expect(signature?.signedAt?.getTime()).toBeLessThanOrEqual(signedFrom)
    expect(signature?.type).toBe('adbe.pkcs7.detached')
  })

  it('names the reason and the gazette in text a reader decodes', async () => {
    expect(await signatureText(signed)).toEqual({ reason, name })
  })

  it('reads as before: the same pages with the same text', async () => {
    const [before, after] = await Promise.all([readPdf(original), readPdf(signed)])
    expect(after.pages).toBe(before.pages)
    expect(after.pageTexts).toEqual(before.pageTexts)
  })

  it('is not signed twice', async () => {
    const again = await signPdfOnce(signed, { certificate, reason, name })
    expect(again.signed).toBe(false)
    expect(again.pdf.equals(signed)).toBe(true)
  })

  it('is no longer valid once one byte inside the signed range changes', () => {
    const tampered = Buffer.from(signed)
    const at = Math.floor(original.length / 2)
    tampered[at] = tampered[at]! ^ 0x01
    const report = pdfsig(write(`${kind}-tampered.pdf`, tampered))
    expect(report.signatures, report.output).toHaveLength(1)
    expect(report.signatures[0]?.valid, report.output).toBe(false)
  })
})

describe('a PDF signed already with another certificate', () => {
  it('gets a second signature, and the first stays valid for what it signed', async () => {
    const previous = readPkcs12(testPkcs12('政府公报（示例）', 'old'), 'old', { file: 'previous.p12', test: true })
    const first = await signPdf(pdfs.get('Chromium') as Buffer, { certificate: previous, reason, name })
    const both = await signPdf(first, { certificate, reason, name })
    expect(both.subarray(0, first.length).equals(first)).toBe(true)
    const report = pdfsig(write('two-signatures.pdf', both))
    expect(
      report.signatures.map((signature) => [signature.valid, signature.wholeDocument]),
      report.output,
    ).toEqual([
      [true, false],
      [true, true],
    ])
  })
})
