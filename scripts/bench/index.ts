/**
 * npm run bench -- <benchmark>: figures only; nothing here asserts on time.
 *   --docs N [--seed S] [--json out.json] [--skip-search] [--queries-per-kind Q] [--keep] [--max-rss-gb G]
 *            a generated gazette of N documents: load, export, site and index build,
 *            sizes, one edit brought live, search latency (see scale/scaleBench.ts)
 *   import [--files N]   import N legacy text files into a fresh database (default 1000)
 *   publish [--docs N]   N published documents, a full pipeline build, then one more published (default 1000)
 *   print [--docs N]     an issue of N documents (the samples, then copies), published and so printed once (default 6)
 *   verify [--docs N]    the publication log of N documents and one more publication, and signing a print PDF (default 10000)
 *   load [--editors N ...] [--saves S] [--think-ms T] [--reads-per-second R] [--editors-per-reviewer K] [--json out.json] [--rebuild-admin] [--keep]
 *                        the real CMS under N concurrent editors, reviewers, publishers and public reads (default 1 5 10 20 40; see load/loadBench.ts)
 *   backissues [--documents N] [--dpi 300,200]   the sample issue printed, read back from its text and from simulated scans (OCR)
 *   backissues --pdf FILE [--dpi 300,200]        a real printed issue, read from its text layer and from simulated scans of it
 *   searchcost --dist DIR [query ...]   on a built site: what a first query fetches, by kind, and what Pagefind's own search costs
 */
import { benchBackIssues } from './backIssues/backIssuesBench'
import { benchRealIssue } from './backIssues/realIssueBench'
import { benchImport } from './importBench'
import { benchLoad } from './load/loadBench'
import { loadOptions } from './load/options'
import { benchPrint } from './printBench'
import { benchPublish } from './publishBench'
import { benchScale } from './scale/scaleBench'
import { benchSearchCost, printSearchCost } from './searchCost'
import { benchVerify } from './verifyBench'

const args = process.argv.slice(2)
const option = (flag: string, fallback: number) => {
  const index = args.indexOf(flag)
  const value = index >= 0 ? Number(args[index + 1]) : NaN
  return Number.isFinite(value) && value >= 0 ? value : fallback
}
const text = (flag: string) => {
  const index = args.indexOf(flag)
  return index >= 0 ? args[index + 1] : undefined
}

if (args[0] === 'import') {
  await benchImport(option('--files', 1000))
} else if (args[0] === 'publish') {
  await benchPublish(option('--docs', 1000))
} else if (args[0] === 'print') {
  await benchPrint(option('--docs', 6))
} else if (args[0] === 'verify') {
  await benchVerify(option('--docs', 10_000))
} else if (args[0] === 'load') {
  await benchLoad(loadOptions(args.slice(1)))
} else if (args[0] === 'backissues') {
  const documents = option('--documents', 0)
  const dpis = (text('--dpi') ?? '300,200').split(',').map(Number)
  const pdf = text('--pdf')
  if (pdf) await benchRealIssue({ pdf, dpis })
  else await benchBackIssues({ ...(documents > 0 ? { documents } : {}), dpis })
} else if (args[0] === 'searchcost') {
  const dist = text('--dist') ?? 'dist'
  const queries = args.slice(1).filter((arg, index, all) => arg !== '--dist' && all[index - 1] !== '--dist')
  printSearchCost(await benchSearchCost(dist, queries))
} else if (args.includes('--docs')) {
  await benchScale({
    docs: option('--docs', 1000),
    seed: option('--seed', 1),
    json: text('--json'),
    skipSearch: args.includes('--skip-search'),
    queriesPerKind: args.includes('--queries-per-kind') ? option('--queries-per-kind', 3) : undefined,
    keep: args.includes('--keep'),
    maxRssBytes: option('--max-rss-gb', 12) * 1024 ** 3,
  })
} else {
  console.error(
    '用法：npm run bench -- --docs N [--seed S] [--json 文件] [--skip-search] [--queries-per-kind Q] [--keep] [--max-rss-gb G] | import [--files N] | publish [--docs N] | print [--docs N] | verify [--docs N] | load [--editors N ...] [--saves S] [--think-ms T] [--reads-per-second R] [--editors-per-reviewer K] [--json 文件] [--rebuild-admin] [--keep] | backissues [--documents N] [--dpi 300,200] | backissues --pdf 文件 [--dpi 300,200] | searchcost --dist 目录 [查询 ...]',
  )
  process.exit(2)
}
process.exit(0)
