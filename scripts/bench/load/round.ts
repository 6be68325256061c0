/**
 * One round of the load benchmark: N editors start at once, each writing and submitting
 * a document; reviewers approve and publishers publish them as they arrive; the public
 * reads the REST API at a steady rate throughout. Then the site builds the publications
 * queued are awaited, and the round's documents are counted in the public API.
 */
import os from 'node:os'

import { roundMarker } from './draftContent'
import { runEditor } from './editor'
import { Handoff } from './handoff'
import type { PreparedGazette } from './prepareGazette'
import { publicQueries, startPublicReader } from './publicReader'
import { Recorder } from './recorder'
import { publishers, reviewers } from './reviewDesk'
import { awaitSiteBuilds } from './siteBuilds'
import { deskSize, type SignedIn } from './staff'
import { errorCount, figuresByKind, figuresOf } from './summarize'
import type { TreeMemory } from './treeMemory'
import { type RoundFigures, saveKinds } from './types'

export type RoundSettings = {
  round: number
  editors: number
  savesPerDocument: number
  thinkMs: number
  readsPerSecond: number
  editorsPerReviewer: number
  /** How long to wait for the queued site builds after the round. */
  buildWaitMs: number
}

const SAVE_LIMIT_MS = 1000

export async function runRound(
  baseUrl: string,
  staff: SignedIn[],
  gazette: PreparedGazette,
  memory: TreeMemory,
  settings: RoundSettings,
  log: (line: string) => void,
): Promise<RoundFigures> {
  const tokens = (role: SignedIn['role'], count: number) =>
    staff
      .filter((member) => member.role === role)
      .slice(0, count)
      .map((member) => member.token)
  const desk = deskSize(settings.editors, settings.editorsPerReviewer)
  const admin = tokens('admin', 1)[0] as string
  const recorder = new Recorder(baseUrl)
  const refusals = new Map<string, number>()
  const refused = (what: string) => refusals.set(what, (refusals.get(what) ?? 0) + 1)
  const submitted = new Handoff<number | string>()
  const approved = new Handoff<number | string>()
  let publishedCount = 0

  memory.resetRound()
  const loadAtStart = os.loadavg()[0] ?? 0
  const since = new Date()
  const started = performance.now()
  const reader = startPublicReader(recorder, settings.readsPerSecond, publicQueries(gazette.sampleDocumentId))
  const reviewing = reviewers({
    recorder,
    tokens: tokens('reviewer', desk),
    thinkMs: settings.thinkMs,
    incoming: submitted,
    done: (id) => approved.put(id),
    refused,
  })
  const publishing = publishers({
    recorder,
    tokens: tokens('publisher', desk),
    thinkMs: settings.thinkMs,
    incoming: approved,
    done: () => (publishedCount += 1),
    refused,
  })
  await Promise.all(
    tokens('editor', settings.editors).map((token, editor) =>
      runEditor({
        recorder,
        token,
        gazette,
        identity: { round: settings.round, editors: settings.editors, editor },
        saves: settings.savesPerDocument,
        thinkMs: settings.thinkMs,
        submitted: (id) => submitted.put(id),
        refused,
      }),
    ),
  )
  submitted.close()
  await reviewing
  approved.close()
  await publishing
  const wallMs = performance.now() - started
  await reader.stop()
  const roundPeak = memory.roundPeak()
  const loadAtEnd = os.loadavg()[0] ?? 0
  for (const [what, count] of refusals) log(`    被拒绝 ${count} 次：${what}`)

  const builds = await awaitSiteBuilds(baseUrl, admin, since, settings.buildWaitMs)
  const marker = encodeURIComponent(roundMarker({ round: settings.round, editors: settings.editors }))
  const listed = await fetch(`${baseUrl}/api/documents?where[title][like]=${marker}&limit=1&depth=0`)
  const publicCount = listed.ok ? ((await listed.json()) as { totalDocs: number }).totalDocs : -1

  const kinds = figuresByKind(recorder.samples, wallMs)
  const saves = figuresOf(
    recorder.samples.filter((sample) => saveKinds.includes(sample.kind)),
    wallMs,
  )
  const errors = Object.values(kinds).reduce((sum, figures) => sum + errorCount(figures), 0)
  return {
    editors: settings.editors,
    reviewers: desk,
    publishers: desk,
    wallMs,
    kinds,
    saves,
    errors,
    published: { documents: settings.editors, published: publishedCount, public: publicCount },
    builds,
    peakRssBytes: roundPeak,
    loadAverage: [loadAtStart, loadAtEnd],
    holds: saves.count > 0 && saves.p95Ms < SAVE_LIMIT_MS && errors === 0,
  }
}
