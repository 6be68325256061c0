/**
 * npm run verify -- <file or URL> [--log <site folder or URL>] [--kept-head <head.json>] [--json]
 *
 * Checks a page, an attachment or a print PDF against the publication log, as the
 * /verify/ page does in a browser and with the same code (core/verify/readLog.ts): in
 * the log or not, unchanged, replaced or withdrawn, and whether the log's proofs and
 * signature hold. The log is read from --log (a built site's folder or its address);
 * without it, from the address the file came from, SITE_URL, the live build or DIST_DIR.
 * --kept-head checks the whole log against a head kept earlier (a mirror's copy): a
 * removed, changed or reordered entry since then is reported. Exit status: 0 unchanged
 * (or the log checks out), 3 replaced or withdrawn, 4 never published, 1 a failed check.
 */
import { checkLog } from '../../core/verify/checkLog'
import { sha256Hex } from '../../core/verify/digest'
import { describeEntry, headSummary, verifyDigest } from '../../core/verify/readLog'
import { batchFileSchema, publicKeysSchema, signedHeadSchema } from '../../core/verify/schema'
import { verifyFiles } from '../../core/addresses'
import { logReaderFor, defaultLogSource, readInput } from './sources'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const json = args.includes('--json')
const input = args.find((arg, i) => !arg.startsWith('--') && !['--log', '--kept-head'].includes(args[i - 1] ?? ''))
const keptHeadFile = option('--kept-head')

if (!input && !keptHeadFile) {
  console.error('用法：npm run verify -- <文件或网址> [--log <网站目录或网址>] [--kept-head <保存的 head.json>] [--json]')
  process.exit(1)
}

try {
  const source = option('--log') ?? defaultLogSource(input)
  const read = logReaderFor(source)
  const out: string[] = [`发布日志：${source}`, await headSummary(read)]
  let status = 0
  const report: Record<string, unknown> = { log: source }
  if (input) {
    const digest = await sha256Hex(await readInput(input))
    const verification = await verifyDigest(digest, read)
    out.push(`文件：${input}`, `SHA-256：${digest}`, verification.sentence)
    if (verification.entry) out.push(...describeEntry(verification.entry))
    out.push(...verification.problems.map((problem) => `核验未通过：${problem}`))
    status = verification.problems.length > 0 ? 1 : { unchanged: 0, superseded: 3, withdrawn: 3, unknown: 4 }[verification.kind]
    Object.assign(report, { file: input, sha256: digest, ...verification })
  }
  if (keptHeadFile) {
    const kept = signedHeadSchema.parse(JSON.parse(new TextDecoder().decode(await readInput(keptHeadFile))))
    const head = signedHeadSchema.parse(await read(verifyFiles.head))
    const keys = publicKeysSchema.parse(await read(verifyFiles.keys))
    const batches = []
    for (let n = 1; n <= head.batches; n++) batches.push(batchFileSchema.parse(await read(verifyFiles.batch(n))))
    const problems = await checkLog(batches, head, keys, kept)
    out.push(
      problems.length === 0
        ? `日志完整：${head.size} 条记录逐条核对无误，且延续保存的日志头（${kept.size} 条，${kept.time}）。`
        : `日志与保存的日志头不一致或已损坏：`,
      ...problems.map((problem) => `　${problem}`),
    )
    if (problems.length > 0) status = 1
    report.keptHead = { problems }
  }
  console.log(json ? JSON.stringify(report, null, 2) : out.join('\n'))
  process.exit(status)
} catch (error) {
  console.error(`无法核验：${(error as Error).message}`)
  process.exit(1)
}
