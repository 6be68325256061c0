/**
 * Work a staff member asks for and waits on (a proof, a draft preview): the request only
 * queues a job on the `preview` queue and answers with a page that shows the job's state
 * and reloads itself until the result is there. The job writes its result to a private
 * folder of the data directory (never the public site), named by job id, and for a result
 * only its requester may see, by requester too; results older than an hour are pruned.
 * A result may have a JSON record beside it, e.g. what a proof printed, for its reuse at
 * publication (issues/proof/proofPrint.ts); for reuse, a result older than an hour is
 * expired even before it is pruned (keptResults, isKept).
 * Payload deletes a job once it succeeds, so a result file is what says 完成; a failed job
 * stays, with the reason (in Chinese) its task threw.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { dataDir } from '../../core/paths'

/** The queue the staff's waited-on jobs run on; the served app runs it every two seconds (jobs/index.ts). */
export const staffQueue = 'preview'

export type StaffJobState =
  { state: 'queued' | 'running' } | { state: 'done'; file: string } | { state: 'failed'; reason: string } | { state: 'missing' }

const keptFor = 60 * 60 * 1000

function resultsDir(): string {
  return path.join(dataDir(), 'staff-jobs')
}

/**
 * Where a job's result is kept: by job id and by what it belongs to (e.g. `issue-5`, or
 * `user-3` for a result only that user may see), so that a job id asked for under
 * anything else finds nothing.
 */
export function resultFile(jobId: number | string, extension: ResultExtension, belongsTo: string): string {
  // Both parts come from the request (?job=, the id): anything but a plain name
  // could lead the path out of the results folder.
  if (!isPlainName(String(jobId)) || !isPlainName(belongsTo)) throw new RangeError(`Not a staff job result: ${String(jobId)}-${belongsTo}`)
  return path.join(resultsDir(), `${String(jobId)}-${belongsTo}.${extension}`)
}

/** A job id or owner as the results folder names them: letters, digits, _ and - only. */
export const isPlainName = (name: string) => /^[\w-]+$/.test(name)

/** A result is a PDF or an HTML page a staff member opens, or a JSON record kept beside one. */
export type ResultExtension = 'pdf' | 'html' | 'json'

/** Whether `file` is a result still kept: written within the hour (an older one is expired, pruned or not). */
export function isKept(file: string): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  return stat !== undefined && Date.now() - stat.mtimeMs <= keptFor
}

/** The results kept for `belongsTo` with this extension, newest first, each with the id of the job that wrote it. */
export function keptResults(belongsTo: string, extension: ResultExtension): Array<{ jobId: string; file: string; writtenAt: Date }> {
  const dir = resultsDir()
  if (!fs.existsSync(dir)) return []
  const suffix = `-${belongsTo}.${extension}`
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(suffix) && name.length > suffix.length)
    .flatMap((name) => {
      const file = path.join(dir, name)
      // Read once: a result pruned meanwhile is simply not there.
      const stat = fs.statSync(file, { throwIfNoEntry: false })
      return stat && Date.now() - stat.mtimeMs <= keptFor ? [{ jobId: name.slice(0, -suffix.length), file, writtenAt: stat.mtime }] : []
    })
    .sort((a, b) => b.writtenAt.getTime() - a.writtenAt.getTime())
}

/** When the newest result kept for `belongsTo` was written, or null when none is kept. */
export function latestResultTime(belongsTo: string): Date | null {
  const dir = resultsDir()
  if (!fs.existsSync(dir)) return null
  const times = fs
    .readdirSync(dir)
    .filter((name) => name.includes(`-${belongsTo}.`) && !name.endsWith('.part'))
    .map((name) => fs.statSync(path.join(dir, name)).mtimeMs)
  return times.length > 0 ? new Date(Math.max(...times)) : null
}

/** Keeps a job's result, pruning results older than an hour. */
export function keepResult(file: string, content: string | Uint8Array): void {
  const dir = path.dirname(file)
  fs.mkdirSync(dir, { recursive: true })
  const now = Date.now()
  for (const name of fs.readdirSync(dir)) {
    const old = path.join(dir, name)
    if (now - fs.statSync(old).mtimeMs > keptFor) fs.rmSync(old, { force: true })
  }
  fs.writeFileSync(`${file}.part`, content)
  fs.renameSync(`${file}.part`, file)
}

/**
 * The state of a job whose result would be `file`. `mine` tells whether a job (by its
 * input) is the asker's, for results only their requester may see.
 */
export async function staffJobState(
  payload: Payload,
  jobId: string,
  file: string,
  mine: (input: Record<string, unknown>) => boolean = () => true,
): Promise<StaffJobState> {
  if (fs.existsSync(file)) return { state: 'done', file }
  const job = await payload.findByID({ collection: 'payload-jobs', id: jobId, depth: 0, overrideAccess: true }).catch(() => null)
  const input = job?.input && typeof job.input === 'object' && !Array.isArray(job.input) ? (job.input as Record<string, unknown>) : {}
  if (!job || !mine(input)) return { state: 'missing' }
  if (job.hasError) return { state: 'failed', reason: failureReason(job.error) }
  return { state: job.processing ? 'running' : 'queued' }
}

function failureReason(error: unknown): string {
  const message = error && typeof error === 'object' ? (error as { message?: unknown }).message : null
  return typeof message === 'string' && message ? message : '未知错误，请联系管理员查看日志。'
}

export const stateLabels = { queued: '排队中', running: '生成中', done: '已完成', failed: '失败', missing: '已过期' } as const

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The page shown while a job is queued or running (it reloads itself), or when it failed or is gone. */
export function jobPage(what: string, state: Exclude<StaffJobState, { state: 'done' }>): Response {
  const waiting = state.state === 'queued' || state.state === 'running'
  const detail =
    state.state === 'failed'
      ? `${what}生成失败：${state.reason}`
      : state.state === 'missing'
        ? `找不到这次${what}任务，或结果已过期：请重新打开${what}。`
        : `${what}${stateLabels[state.state]}，完成后本页自动显示结果。`
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
${waiting ? '<meta http-equiv="refresh" content="2">' : ''}
<title>${escape(what)}：${stateLabels[state.state]}</title>
</head>
<body style="font-family:sans-serif;margin:2rem">
<p role="status" data-job-state="${state.state}">${escape(detail)}</p>
</body>
</html>
`
  return new Response(html, {
    status: waiting ? 202 : state.state === 'failed' ? 422 : 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
  })
}

/** Sends the request on to the page that follows the job just queued. */
export function followJob(requestUrl: string | undefined, jobId: number | string): Response {
  const url = new URL(requestUrl ?? '/', 'http://localhost')
  url.searchParams.set('job', String(jobId))
  return new Response(null, { status: 303, headers: { Location: `${url.pathname}${url.search}`, 'Cache-Control': 'no-store' } })
}
