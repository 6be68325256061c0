import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { stateFile } from '../../../core/build/buildStateFile'
import { clearBuildTimings, recordBuildTimings } from '../../../core/build/buildTimings'
import { readBuildState, type SearchState, writeBuildState } from './buildState'
import { linkFolder, carryOverPages } from './carryOver'
import { globalFingerprint } from './globalFingerprint'
import { itemPageFingerprints, type PageFingerprints } from './itemPages'
import { createSnapshotReader } from '../../lib/snapshotReader'
import { planRender, type RenderPlan } from './renderPlan'

const VIRTUAL_ID = 'virtual:gongbao/render-plan'
const RESOLVED_ID = `\0${VIRTUAL_ID}`

export interface IncrementalOptions {
  root: string
  snapshotDir: string
  outDir: string
  siteUrl: string | undefined
  /** PREVIOUS_BUILD: the folder of the build to start from; unset means a full build. */
  previousDir: string | undefined
}

/** The build's plan, decided before rendering, and its state, saved for the next build once the index is written. */
export interface IncrementalBuild {
  integration: AstroIntegration
  plan(): RenderPlan
  /** Saves the state, and the build's timings (core/build/buildTimings.ts) with how long the search index took. */
  saveState(search: SearchState, pagefindMs: number): Promise<void>
}

/**
 * Incremental builds. Before rendering, every item page's fingerprint is computed from the
 * props its route renders it from (./itemPages.ts) and compared with the previous build's (PREVIOUS_BUILD): the routes render only
 * the pages that changed (`virtual:gongbao/render-plan`, read by site/lib/renderPlan.ts),
 * and after rendering the unchanged pages and assets are linked in from the previous
 * build. Without a previous build, or when the code or the gazette settings changed,
 * the build is full. Either way the state is written beside the output for the next one.
 */
export function incrementalBuild(options: IncrementalOptions): IncrementalBuild {
  let plan: RenderPlan = { mode: 'full', reason: '尚未计划' }
  let current: { global: string; pages: PageFingerprints } | null = null
  const rendering = { started: 0, pages: 0 }

  const integration: AstroIntegration = {
    name: 'gongbao:incremental',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'gongbao:render-plan',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) =>
                  id === RESOLVED_ID
                    ? `export const renderOnly = ${JSON.stringify(plan.mode === 'incremental' ? [...plan.render] : null)}`
                    : undefined,
              },
            ],
          },
        })
        // The dev server renders on request: nothing to plan, and no build's state to touch.
        if (command !== 'build') return
        const started = performance.now()
        // A state (or timings) left from an earlier build in the same folder must not outlive it.
        await rm(stateFile(options.outDir), { force: true })
        clearBuildTimings(options.outDir)
        // A reader of its own, for fingerprints only: the pages read the snapshot again as they render.
        const snapshot = createSnapshotReader(options.snapshotDir, { forFingerprints: true })
        const global = globalFingerprint(options.root, await snapshot.loadManifest(), options.siteUrl)
        current = { global, pages: await itemPageFingerprints(snapshot, global) }
        // Astro empties its output folder first: a build cannot start from itself.
        const previousDir =
          options.previousDir && resolve(options.previousDir) !== resolve(options.outDir) ? options.previousDir : undefined
        plan = planRender(previousDir ? { dir: previousDir, state: await readBuildState(previousDir) } : null, current)
        const seconds = ((performance.now() - started) / 1000).toFixed(2)
        logger.info(
          plan.mode === 'full'
            ? `Full build (${plan.reason}); fingerprints in ${seconds} s.`
            : `Incremental build from ${plan.previousDir}: ${plan.render.size} item page(s) to render, ${plan.keep.length} kept, ${plan.removed.length} removed; fingerprints in ${seconds} s.`,
        )
      },
      'astro:build:start': () => {
        rendering.started = performance.now()
      },
      'astro:build:done': async ({ dir, logger, pages }) => {
        rendering.pages = pages.length
        if (plan.mode !== 'incremental') return
        const started = performance.now()
        const outDir = fileURLToPath(dir)
        await carryOverPages(plan.previousDir, outDir, plan.keep)
        const assets = await linkFolder(plan.previousDir, outDir, '_astro')
        logger.info(
          `Kept ${plan.keep.length} page(s) and ${assets} asset(s) from the previous build in ${((performance.now() - started) / 1000).toFixed(2)} s.`,
        )
      },
    },
  }

  return {
    integration,
    plan: () => plan,
    saveState: async (search, pagefindMs) => {
      if (!current) return
      await writeBuildState(options.outDir, { version: 1, global: current.global, pages: Object.fromEntries(current.pages), search })
      const astroMs = performance.now() - rendering.started
      recordBuildTimings(options.outDir, {
        site: {
          pages: rendering.pages,
          astroMs,
          pagefindMs,
          renderMs: astroMs - pagefindMs,
          keptPages: plan.mode === 'incremental' ? plan.keep.length : null,
        },
      })
    },
  }
}
