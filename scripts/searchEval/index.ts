/**
 * npm run search:eval [-- --docs N] [--seed S] [--corpus laws] [--ranking '<json>'] [--reuse] [--quiet]
 *
 * Builds the site from the sample documents plus N generated ones (default 600), serves it
 * with gzip, runs the project's query set (queries.ts) through the search page in headless
 * Chromium and prints hit@1, hit@3, MRR, p50/p95 latency and KB fetched, first and warm.
 * --corpus laws does the same over real text instead: the LawRefBook laws and regulations
 * committed in test/fixtures/laws (scripts/lawCorpus) with their own queries (lawQueries.ts).
 * Figures only: nothing here asserts on time. --ranking tries Pagefind ranking parameters
 * (site/lib/search/ranking.ts) without a rebuild; --reuse skips the build when one exists.
 */
import fs from 'node:fs'
import path from 'node:path'

import { documentPath } from '../../core/addresses'
import { repoRoot } from '../../core/paths'
import type { RankingOptions } from '../../site/lib/search/ranking'
import { launchChromium } from '../../cms/print/chromium'
import { type Corpus, writeCorpusSnapshot } from '../corpus'
import { runBin } from '../lib/runCommand'
import { lawCorpus } from '../lawCorpus/lawCorpus'
import { readLawFixture } from '../lawCorpus/lawFixture'
import { evalCorpus } from './evalCorpus'
import { startCountingServer } from './gzipServer'
import { lawEvalQueries } from './lawQueries'
import { firstHit, percentile, relevance } from './metrics'
import { evalQueries, type EvalQuery } from './queries'
import { runQueries, type QueryRun } from './runQueries'

const args = process.argv.slice(2)
const option = (flag: string) => {
  const index = args.indexOf(flag)
  return index >= 0 ? args[index + 1] : undefined
}
const generated = Number(option('--docs') ?? 600)
const seed = Number(option('--seed') ?? 1)
const corpusName = option('--corpus') ?? 'generated'
if (corpusName !== 'generated' && corpusName !== 'laws') {
  console.error(`--corpus 只能是 generated（默认）或 laws，不是 ${corpusName}`)
  process.exit(2)
}
const rankingText = option('--ranking')
const ranking = rankingText ? (JSON.parse(rankingText) as RankingOptions) : undefined
const work = path.join(repoRoot, '.tmp', corpusName === 'laws' ? 'search-eval-laws' : `search-eval-${generated}-${seed}`)
const snapshotDir = path.join(work, 'snapshot')
const distDir = path.join(work, 'dist')

let corpus: Corpus
let queries: EvalQuery[]
if (corpusName === 'laws') {
  const laws = lawCorpus(readLawFixture())
  corpus = laws.corpus
  queries = lawEvalQueries(laws.slugs)
} else {
  corpus = evalCorpus(generated, seed)
  queries = evalQueries(corpus)
}
// Misses are listed by title, which says more than an address.
const titles = new Map(corpus.documents.map((document) => [documentPath(document.slug), document.title]))
const label = (url: string) => (titles.has(url) ? `《${titles.get(url)}》` : url)

if (!(args.includes('--reuse') && fs.existsSync(path.join(distDir, 'search', 'index.html')))) {
  let started = Date.now()
  writeCorpusSnapshot(corpus, snapshotDir, {
    asOf: '2026-01-01',
    generatedAt: '2026-01-01T00:00:00.000Z',
    ...(corpusName === 'laws' ? { gazetteName: '法律法规（检索评测）' } : {}),
  })
  console.log(`快照：${corpus.documents.length} 篇文件 → ${snapshotDir}（${Date.now() - started} ms）`)
  started = Date.now()
  await runBin('astro', ['build'], { ...process.env, SNAPSHOT_DIR: snapshotDir, DIST_DIR: distDir })
  console.log(`网站与索引：${((Date.now() - started) / 1000).toFixed(1)} s`)
}

const server = await startCountingServer(distDir)
const browser = await launchChromium()
let runs: QueryRun[]
try {
  runs = await runQueries(
    browser,
    server,
    queries,
    ranking,
    args.includes('--quiet') ? undefined : (line) => process.stderr.write(`\r\x1b[K${line}`),
  )
  process.stderr.write('\r\x1b[K')
} finally {
  await browser.close()
  await server.close()
}

const rankOf = (run: QueryRun) => firstHit(run.results, new Set(run.query.expected))
const kb = (bytes: number) => (bytes / 1024).toFixed(0)
const ms = (value: number) => value.toFixed(0)

console.log(`\n检索评测：${corpus.documents.length} 篇文件，${queries.length} 个查询${ranking ? `，排序参数 ${rankingText}` : ''}`)
const categories = [...new Set(queries.map((query) => query.category))]
console.log('类别\t查询\thit@1\thit@3\tMRR')
for (const category of categories) {
  const figures = relevance(runs.filter((run) => run.query.category === category).map(rankOf))
  console.log(`${category}\t${figures.queries}\t${figures.hitAt1}\t${figures.hitAt3}\t${figures.mrr.toFixed(2)}`)
}
const all = relevance(runs.map(rankOf))
const pct = (count: number) => `${((100 * count) / all.queries).toFixed(1)}%`
console.log(`合计\t${all.queries}\t${all.hitAt1} (${pct(all.hitAt1)})\t${all.hitAt3} (${pct(all.hitAt3)})\t${all.mrr.toFixed(3)}`)
const heldOutRuns = runs.filter((run) => run.query.heldOut)
if (heldOutRuns.length > 0) {
  // Queries the rules were not written from: how the rules do on what they have not seen.
  for (const [name, part] of [
    ['其中留出', heldOutRuns],
    ['其余', runs.filter((run) => !run.query.heldOut)],
  ] as const) {
    const figures = relevance(part.map(rankOf))
    const share = (count: number) => `${((100 * count) / figures.queries).toFixed(1)}%`
    console.log(
      `${name}\t${figures.queries}\t${figures.hitAt1} (${share(figures.hitAt1)})\t${figures.hitAt3} (${share(figures.hitAt3)})\t${figures.mrr.toFixed(3)}`,
    )
  }
}

const first = runs.map((run) => run.firstMs)
const answeredMs = runs.map((run) => run.answeredMs)
const answeredKb = runs.map((run) => run.answeredBytes)
const warm = runs.map((run) => run.warmMs)
const firstKb = runs.map((run) => run.firstBytes)
const warmKb = runs.map((run) => run.warmBytes)
const pageKb = runs.map((run) => run.pageBytes)
console.log(
  `\n首次查询（新页面、空缓存，自导航开始）：p50 ${ms(percentile(first, 50))} ms，p95 ${ms(percentile(first, 95))} ms；传输 p50 ${kb(percentile(firstKb, 50))} KB，p95 ${kb(percentile(firstKb, 95))} KB`,
)
console.log(
  `  首批结果上屏（查询所指的名称、文号先列出）：p50 ${ms(percentile(answeredMs, 50))} ms，p95 ${ms(percentile(answeredMs, 95))} ms；传输 p50 ${kb(percentile(answeredKb, 50))} KB，p95 ${kb(percentile(answeredKb, 95))} KB`,
)
console.log(`  页面全部加载完（含结果之后读取的筛选计数）：传输 p50 ${kb(percentile(pageKb, 50))} KB，p95 ${kb(percentile(pageKb, 95))} KB`)
console.log(
  `后续查询（同一页面）：p50 ${ms(percentile(warm, 50))} ms，p95 ${ms(percentile(warm, 95))} ms；传输 p50 ${kb(percentile(warmKb, 50))} KB，p95 ${kb(percentile(warmKb, 95))} KB`,
)

const misses = runs.filter((run) => rankOf(run) !== 1)
if (misses.length > 0) {
  console.log('\n未排第一：')
  for (const run of misses) {
    const rank = rankOf(run)
    console.log(
      `  [${run.query.category}${run.query.heldOut ? '，留出' : ''}] ${run.query.query} → ${rank === null ? '第一页未出现' : `第${rank}`}；期望 ${run.query.expected.slice(0, 3).map(label).join(' ')}；首个 ${run.results[0] ? label(run.results[0]) : '无'}`,
    )
  }
}
process.exit(0)
