/**
 * npm run lighthouse: a measurement, not a test. Serves the built gazette (DIST_DIR, from
 * `npm run build`) on 127.0.0.1 and runs Lighthouse in its default mobile mode on Debian's
 * Chromium, offline, against the home page, a document page, the newest gazette issue,
 * the search page and a catalogue page; prints the four category scores and the bytes transferred of each.
 */
import fs from 'node:fs'
import path from 'node:path'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { pipelineSettings } from '../core/settings'
import { startStaticServer } from './lib/staticServer'
import { cataloguePath, HOME_PATH, issuePath, SEARCH_PATH } from '../core/addresses'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

const { distDir } = pipelineSettings()
if (!fs.existsSync(path.join(distDir, 'index.html'))) {
  console.error(`找不到已生成的网站 ${distDir}，请先运行 npm run build。`)
  process.exit(1)
}

/** The first page folder under dist/<section>/, e.g. a document or a catalogue. */
function firstPageIn(section: string): string {
  const dir = path.join(distDir, section)
  const entry = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((item) => item.isDirectory() && fs.existsSync(path.join(dir, item.name, 'index.html')))
    .map((item) => item.name)
    .sort()[0]
  if (!entry) throw new Error(`no page under ${dir}`)
  return `/${section}/${entry}/`
}

/** The newest issue's page, when the gazette has issues: /issues/<year>/<n>/. */
function newestIssue(): Array<[string, string]> {
  const root = path.join(distDir, 'issues')
  const numbered = (dir: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((name) => /^\d+$/.test(name))
          .map(Number)
          .sort((a, b) => b - a)
      : []
  const year = numbered(root)[0]
  const issue = year === undefined ? undefined : numbered(path.join(root, String(year)))[0]
  return year === undefined || issue === undefined ? [] : [['期刊', issuePath({ year, issueNumber: issue })]]
}

const pages: Array<[string, string]> = [
  ['首页', HOME_PATH],
  ['文件', firstPageIn('documents')],
  ...newestIssue(),
  ['检索', SEARCH_PATH],
  [
    '目录',
    fs.existsSync(path.join(distDir, 'catalogues', 'in-force', 'index.html')) ? cataloguePath('in-force') : firstPageIn('catalogues'),
  ],
]

const server = await startStaticServer(distDir)
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
})

type Row = { page: string; address: string; scores: Record<string, string>; bytes: number | null; failed: string[]; warnings: string[] }
const rows: Row[] = []
try {
  for (const [name, address] of pages) {
    const result = await lighthouse(`${server.url}${address}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${address}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`${address}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => {
        const score = lhr.categories[id]?.score
        return [id, typeof score === 'number' ? String(Math.round(score * 100)) : '—']
      }),
    )
    const bytes = lhr.audits['total-byte-weight']?.numericValue ?? null
    // The scored audits that did not pass, so that a score below 100 says why.
    const failed = CATEGORIES.flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 0.9)
      .map((audit) => `${audit?.id} (${audit?.score})`)
    rows.push({ page: name, address, scores, bytes, failed: [...new Set(failed)], warnings: lhr.runWarnings })
  }
} finally {
  chrome.kill()
  await server.close()
}

const kb = (bytes: number | null) => (bytes === null ? '—' : `${(bytes / 1024).toFixed(1)} KiB`)
console.log(`Lighthouse（移动端模式）：${distDir}`)
console.table(
  rows.map((row) => ({
    页面: `${row.page} ${row.address}`,
    performance: row.scores.performance,
    accessibility: row.scores.accessibility,
    'best-practices': row.scores['best-practices'],
    seo: row.scores.seo,
    传输: kb(row.bytes),
  })),
)
for (const row of rows) if (row.failed.length > 0) console.log(`${row.address} 未通过：${row.failed.join(', ')}`)
for (const row of rows) for (const warning of row.warnings) console.warn(`${row.address}: ${warning}`)
