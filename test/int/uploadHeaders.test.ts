/**
 * Security finding 2 of issue 18, on the serving side: the site's static server (npm
 * start, the browser tests) serves whatever lies under the uploads prefix /files/ so
 * that it cannot run script in the site's origin — never as HTML, XML or SVG, always
 * with nosniff and a sandboxing CSP, downloaded unless an image, video or PDF — while
 * the site's own pages, feeds and icons keep their types. Real server on 127.0.0.1,
 * real HTTP requests, and Debian's Chromium opening the planted files.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { launchChromium } from '../../cms/print/chromium'
import { type StaticServer, startStaticServer, UPLOAD_CSP } from '../../scripts/lib/staticServer'
import { htmlWithScript, minimalPdf, minimalPng, minimalWordFile, svgWithScript, xhtmlWithScript } from './helpers/uploadSamples'

let root: string
let server: StaticServer

const atom = '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>测试公报</title></feed>\n'

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-upload-headers-'))
  const put = (relative: string, bytes: Buffer | string) => {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    fs.writeFileSync(path.join(root, relative), bytes)
  }
  // The site's own files.
  put('index.html', '<!doctype html><meta charset="utf-8"><title>公报</title><p>首页</p>')
  put('feeds/documents.xml', atom)
  put('sitemap-index.xml', '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')
  put('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')
  // A page of the site that pulls a planted upload in as a script and as a frame.
  put(
    'embeds/index.html',
    '<!doctype html><meta charset="utf-8"><title>公报</title><iframe src="/files/doc-1/page.html"></iframe><script src="/files/doc-1/%E5%85%AC%E5%91%8A.pdf"></script>',
  )
  // Uploads, as a site build links them from the snapshot; some planted, as an older
  // database or another route could have left them.
  put('files/doc-1/attack.xml', xhtmlWithScript)
  put('files/doc-1/page.html', htmlWithScript)
  put('files/doc-1/index.html', htmlWithScript)
  put('files/doc-1/figure.svg', svgWithScript)
  put('files/doc-1/unknown.bin', 'bytes')
  put('files/doc-1/公告.pdf', Buffer.concat([minimalPdf(), Buffer.from('\nconsole.log("SCRIPT-RAN")\n')]))
  put('files/doc-1/图1.png', await minimalPng())
  put('files/doc-1/通知.docx', minimalWordFile())
  server = await startStaticServer(root)
})

afterAll(async () => {
  await server?.close()
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

/** The headers that decide what a browser does with the response; the path is sent as written. */
function headersOf(urlPath: string) {
  return new Promise<Record<string, string | number | null>>((resolve, reject) => {
    const { hostname, port } = new URL(server.url)
    http
      .get({ hostname, port, path: urlPath }, (response) => {
        response.resume()
        const header = (name: string) => (response.headers[name] as string | undefined) ?? null
        resolve({
          status: response.statusCode ?? 0,
          type: header('content-type'),
          nosniff: header('x-content-type-options'),
          csp: header('content-security-policy'),
          disposition: header('content-disposition'),
        })
      })
      .on('error', reject)
  })
}

describe('the static server, for uploaded files', () => {
  it('sends the strict headers it promises', () => {
    expect(UPLOAD_CSP).toBe("default-src 'none'; sandbox")
  })

  it.each([
    ['XHTML saved as .xml (the reported attack)', '/files/doc-1/attack.xml'],
    ['an HTML page', '/files/doc-1/page.html'],
    ['an SVG image', '/files/doc-1/figure.svg'],
    ['a folder address whose index.html is an upload', '/files/doc-1/'],
    ['an unknown extension', '/files/doc-1/unknown.bin'],
    ['a path that reaches the uploads through ..', '/feeds/../files/doc-1/attack.xml'],
  ])('serves %s as bytes to download, sandboxed, unsniffed', async (_, urlPath) => {
    expect(await headersOf(urlPath)).toEqual({
      status: 200,
      type: 'application/octet-stream',
      nosniff: 'nosniff',
      csp: UPLOAD_CSP,
      disposition: 'attachment',
    })
  })

  it.each([
    ['a PDF', `/files/doc-1/${encodeURIComponent('公告.pdf')}`, 'application/pdf'],
    ['a PNG', `/files/doc-1/${encodeURIComponent('图1.png')}`, 'image/png'],
  ])('serves %s with its type, to open in the browser, sandboxed', async (_, urlPath, type) => {
    expect(await headersOf(urlPath)).toEqual({ status: 200, type, nosniff: 'nosniff', csp: UPLOAD_CSP, disposition: null })
  })

  it('serves a Word file with its type, to download', async () => {
    expect(await headersOf(`/files/doc-1/${encodeURIComponent('通知.docx')}`)).toMatchObject({
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      csp: UPLOAD_CSP,
      disposition: 'attachment',
    })
  })
})

describe('the static server, for the site’s own files', () => {
  it.each([
    ['the Atom feed', '/feeds/documents.xml', 'application/xml; charset=utf-8'],
    ['the sitemap', '/sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['the icon', '/favicon.svg', 'image/svg+xml'],
    ['a page', '/', 'text/html; charset=utf-8'],
  ])('serves %s as before', async (_, urlPath, type) => {
    expect(await headersOf(urlPath)).toEqual({ status: 200, type, nosniff: 'nosniff', csp: null, disposition: null })
  })
})

describe('in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  /** Opens an address as a reader would; says whether it downloaded and whether the planted script ran. */
  async function open(urlPath: string) {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    const logged: string[] = []
    page.on('console', (message) => logged.push(message.text()))
    const download = page.waitForEvent('download', { timeout: 5_000 }).then(
      () => true,
      () => false,
    )
    await page.goto(`${server.url}${urlPath}`).catch((error: Error) => {
      if (!error.message.includes('Download is starting')) throw error
    })
    const downloaded = await download
    const pdfViewer = page.frames().some((frame) => frame.url().startsWith('chrome-extension://'))
    await context.close()
    return { downloaded, ran: logged.includes('SCRIPT-RAN'), pdfViewer }
  }

  it.each([['/files/doc-1/attack.xml'], ['/files/doc-1/page.html'], ['/files/doc-1/figure.svg']])(
    'downloads %s and runs nothing',
    async (urlPath) => {
      expect(await open(urlPath)).toEqual({ downloaded: true, ran: false, pdfViewer: false })
    },
  )

  it('runs no upload pulled into a site page as a script or a frame', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const logged: string[] = []
    page.on('console', (message) => logged.push(message.text()))
    await page.goto(`${server.url}/embeds/`)
    // The page has loaded, frame and script included; wait until Chromium's report of the refused script has reached us.
    await vi.waitFor(() => expect(logged.join('\n')).toMatch(/MIME type \('application\/pdf'\) is not executable/), { timeout: 10_000 })
    expect(logged).not.toContain('SCRIPT-RAN')
    // Chromium says why it refused the PDF as a script.
    expect(logged.join('\n')).toMatch(/MIME type \('application\/pdf'\) is not executable/)
    await context.close()
  })

  it('still shows a PDF in its viewer', async () => {
    expect(await open(`/files/doc-1/${encodeURIComponent('公告.pdf')}`)).toEqual({ downloaded: false, ran: false, pdfViewer: true })
  })
})
