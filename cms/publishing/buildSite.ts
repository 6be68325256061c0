/**
 * One build of the public site, into a folder of its own: export the public snapshot,
 * run the site generator (astro build, which also indexes with Pagefind), verify.
 * The live build is where it starts from (PREVIOUS_BUILD): pages whose content did not
 * change are kept from it, so a correction to one document renders a few pages, not all
 * (INCREMENTAL_BUILD=off always builds everything), and the export starts from the live
 * build's kept snapshot. Nothing here touches the live site;
 * switching is liveSite's job.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { repoRoot } from '../../core/paths'
import { exportSnapshot } from '../snapshot/exportSnapshot'
import { type Manifest, manifestSchema } from '../../core/snapshot/schema'
import { keptManifest, keptSnapshot } from './keptSnapshots'
import { keepBuild, liveBuildDir } from './liveSite'
import { runProcess } from './runProcess'
import type { PipelineSettings } from '../../core/settings'
import { verifyBuild } from './verifyBuild'

export type BuiltSite = { buildId: string; distDir: string; manifest: Manifest; pages: number }

export async function buildSite(
  payload: Payload,
  settings: PipelineSettings,
  buildId: string,
  log: (line: string) => void,
): Promise<BuiltSite> {
  const workDir = path.join(settings.siteRoot, 'work', buildId)
  const snapshotDir = path.join(workDir, 'snapshot')
  const partialDir = path.join(workDir, 'dist')
  fs.rmSync(workDir, { recursive: true, force: true })
  fs.mkdirSync(workDir, { recursive: true })
  try {
    const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)
    let started = performance.now()
    // The live build is where this one starts from: its kept snapshot, its pages.
    const previousDir = settings.incremental ? liveBuildDir(settings.siteRoot) : null
    const exported = await exportSnapshot(payload, {
      outDir: snapshotDir,
      gazetteName: settings.gazetteName,
      timeZone: settings.timeZone,
      asOf: settings.asOf,
      previous: previousDir ? keptSnapshot(settings.siteRoot, path.basename(previousDir)) : undefined,
    })
    const { documents: converted } = exported.incremental
    log(
      `已导出公开快照：${exported.documents} 篇文件（重新转换 ${converted.reexported.length} 篇），${exported.interpretations} 篇解读，${exported.files} 个附件（${seconds(started)} 秒）`,
    )
    const env = { ...process.env, SNAPSHOT_DIR: snapshotDir, DIST_DIR: partialDir, PREVIOUS_BUILD: previousDir ?? '' }
    started = performance.now()
    if (settings.siteBuildCommand) await runProcess(settings.siteBuildCommand, [], env, log)
    else await runProcess(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], env, log)
    log(`网站与检索索引已生成（${seconds(started)} 秒）${previousDir ? `，基于线上构建 ${path.basename(previousDir)}` : ''}`)
    started = performance.now()
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(snapshotDir, 'manifest.json'), 'utf8')))
    const previousManifest = previousDir ? keptManifest(settings.siteRoot, path.basename(previousDir)) : null
    const verified = verifyBuild(partialDir, manifest, { previousDir: previousDir ?? undefined, previousManifest })
    if (!verified.ok) throw new Error(`构建检查未通过：\n${verified.problems.join('\n')}`)
    log(`构建检查通过：${verified.pages} 个页面（${seconds(started)} 秒）`)
    const distDir = keepBuild(settings.siteRoot, buildId, partialDir, snapshotDir)
    return { buildId, distDir, manifest, pages: verified.pages }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}
