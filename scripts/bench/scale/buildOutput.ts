/**
 * The figures a build reports about itself, read from the timings file it writes beside
 * its folder (core/build/buildTimings.ts): the site generator's (pages rendered,
 * rendering, the search index, pages kept) and the publishing pipeline's stages.
 */
import type { BuildTimings } from '../../../core/build/buildTimings'

export type BuildOutput = {
  pages: number | null
  /** Astro's build with its hooks, the search index included. */
  astroMs: number | null
  pagefindMs: number | null
  /** Rendering only: Astro's build without the search index. */
  renderMs: number | null
}

export function readBuildOutput(timings: BuildTimings): BuildOutput {
  const site = timings.site
  return {
    pages: site?.pages ?? null,
    astroMs: site?.astroMs ?? null,
    pagefindMs: site?.pagefindMs ?? null,
    renderMs: site?.renderMs ?? null,
  }
}

/** The publishing pipeline's stages (cms/publishing/buildSite.ts) and the incremental build's pages kept. */
export type PipelineFigures = {
  exportMs: number | null
  siteMs: number | null
  verifyMs: number | null
  /** The publication log: entries, signed head, lookup index (cms/verify/). */
  logMs: number | null
  /** Pages kept from the live build; null for a full build. */
  keptPages: number | null
}

export function readPipelineFigures(timings: BuildTimings): PipelineFigures {
  return {
    exportMs: timings.pipeline?.exportMs ?? null,
    siteMs: timings.pipeline?.siteMs ?? null,
    verifyMs: timings.pipeline?.verifyMs ?? null,
    logMs: timings.pipeline?.logMs ?? null,
    keptPages: timings.site?.keptPages ?? null,
  }
}
