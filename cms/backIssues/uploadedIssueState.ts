/**
 * Where an issue uploaded in the admin waits and what its import job reports
 * (uploadedIssueTask.ts): a private folder of the data directory per upload, named by a
 * random token the uploader's page polls with, holding the owner's id, the PDF until the
 * job has stored it as the issue's print, the progress (page by page, then entry by entry)
 * and the outcome. The job itself (Payload deletes it on success) is not what the page
 * asks: the folder is, for a day.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../../core/paths'
import type { UploadedIssueSummary } from './uploadedIssueSummary'

export type UploadedIssueProgress =
  | { stage: 'queued' }
  | { stage: 'reading'; done: number; total: number; page: number; ocr: boolean }
  | { stage: 'saving'; done: number; total: number }

export type UploadedIssueOutcome = { status: 'done'; summary: UploadedIssueSummary } | { status: 'refused'; message: string }

export type UploadedIssueState =
  ({ status: 'working'; stalled: boolean } & { progress: UploadedIssueProgress }) | UploadedIssueOutcome | { status: 'missing' }

const keptFor = 24 * 60 * 60 * 1000
/** No progress for this long (a page's OCR gives up after two minutes) means the job died with its process. */
const stalledAfter = 5 * 60 * 1000

const root = () => path.join(dataDir(), 'back-issue-imports')
const isToken = (token: string) => /^[a-f0-9]{32}$/.test(token)

/** A new upload's folder and token; folders older than a day are pruned. */
export function newUploadFolder(ownerId: number | string): { token: string; folder: string } {
  fs.mkdirSync(root(), { recursive: true })
  const now = Date.now()
  for (const name of fs.readdirSync(root())) {
    const old = path.join(root(), name)
    if (now - fs.statSync(old).mtimeMs > keptFor) fs.rmSync(old, { recursive: true, force: true })
  }
  const token = randomBytes(16).toString('hex')
  const folder = path.join(root(), token)
  fs.mkdirSync(folder)
  fs.writeFileSync(path.join(folder, 'owner'), String(ownerId))
  writeJson(folder, 'progress.json', { stage: 'queued' } satisfies UploadedIssueProgress)
  return { token, folder }
}

export function uploadFolder(token: string): string | null {
  if (!isToken(token)) return null
  const folder = path.join(root(), token)
  return fs.existsSync(folder) ? folder : null
}

export function writeProgress(folder: string, progress: UploadedIssueProgress): void {
  writeJson(folder, 'progress.json', progress)
}

export function writeOutcome(folder: string, outcome: UploadedIssueOutcome): void {
  writeJson(folder, 'outcome.json', outcome)
}

/** What the uploader's page shows; another user's token, or an unknown one, is missing. */
export function uploadedIssueState(token: string, userId: number | string): UploadedIssueState {
  const folder = uploadFolder(token)
  if (!folder || readText(path.join(folder, 'owner')) !== String(userId)) return { status: 'missing' }
  const outcome = readText(path.join(folder, 'outcome.json'))
  if (outcome) return JSON.parse(outcome) as UploadedIssueOutcome
  const progressFile = path.join(folder, 'progress.json')
  const progress = readText(progressFile)
  if (!progress) return { status: 'missing' }
  const stalled = Date.now() - fs.statSync(progressFile).mtimeMs > stalledAfter
  return { status: 'working', stalled, progress: JSON.parse(progress) as UploadedIssueProgress }
}

function writeJson(folder: string, name: string, value: unknown): void {
  const file = path.join(folder, name)
  fs.writeFileSync(`${file}.part`, JSON.stringify(value))
  fs.renameSync(`${file}.part`, file)
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return null
  }
}
