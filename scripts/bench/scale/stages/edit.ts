/**
 * Stage: an editor corrects one published document and the publishing pipeline brings
 * the site live again, exactly as in the running CMS: the save queues a build (the
 * afterChange hook), and the build job exports, runs Astro and Pagefind, verifies and
 * switches SITE_ROOT/live. The build starts from the live one (the full build before it),
 * so only what the edit changed is rendered and indexed again.
 */
import fs from 'node:fs'
import path from 'node:path'

import { readBuildTimings } from '../../../../core/build/buildTimings'
import { liveBuildDir, liveLink } from '../../../../cms/publishing/liveSite'
import { runNextSiteBuild } from '../../../../cms/publishing/runSiteBuild'
import { pipelineSettings } from '../../../../core/settings'
import { closeGazettePayload, gazettePayload } from '../../../lib/payload'
import { writeStageResult } from '../stageResult'

const slug = process.env.BENCH_EDIT_SLUG as string
const settings = pipelineSettings()
const payload = await gazettePayload()
const { docs } = await payload.find({ collection: 'documents', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
const document = docs[0]
if (!document) throw new Error(`no document ${slug} to edit`)
const title = `${document.title}（已更正）`

const started = performance.now()
const startedAt = Date.now()
await payload.update({ collection: 'documents', id: document.id, data: { title, _status: 'published' }, depth: 0 })
const saveMs = performance.now() - started
const outcome = await runNextSiteBuild(payload, settings)
// The build job ends after deleting old builds; the public sees the edit from the switch on.
const doneMs = performance.now() - started

const liveBuild = outcome?.status === 'succeeded' ? liveBuildDir(settings.siteRoot) : null
const timings = liveBuild ? readBuildTimings(liveBuild) : {}
const liveMs = timings.liveAt ? Date.parse(timings.liveAt) - startedAt : null
const live = liveLink(settings.siteRoot)
const page = path.join(live, 'documents', slug, 'index.html')
writeStageResult({
  saveMs,
  buildMs: liveMs === null ? null : liveMs - saveMs,
  liveMs,
  doneMs,
  status: outcome?.status ?? 'not queued',
  // The corrected title must be on the live page, or the figures mean nothing.
  liveHasEdit: fs.existsSync(page) && fs.readFileSync(page, 'utf8').includes(title),
  timings,
})
await closeGazettePayload()
process.exit(0)
