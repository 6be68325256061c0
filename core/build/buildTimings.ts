/**
 * Where a site build writes how long it took, and what it did: beside the build's folder
 * (`<dist>.timings.json`), like its state (buildStateFile.ts), never inside it. The site
 * generator writes its part (rendering, the search index, pages rendered and kept), the
 * pipeline its own (export, site, verification); the benchmark reads them here instead
 * of from log lines. Times in milliseconds.
 */
import fs from 'node:fs'

import { z } from 'zod'

const siteTimingsSchema = z.object({
  /** Pages Astro rendered in this build. */
  pages: z.number(),
  /** From the start of rendering to the search index written: Astro's build with its hooks. */
  astroMs: z.number(),
  /** The search index (full or delta). */
  pagefindMs: z.number(),
  /** Rendering, without the search index. */
  renderMs: z.number(),
  /** Item pages kept from the previous build; null for a full build. */
  keptPages: z.number().nullable(),
})

const pipelineTimingsSchema = z.object({
  exportMs: z.number(),
  /** The site generator's process, search index included. */
  siteMs: z.number(),
  verifyMs: z.number(),
  /** Appending to the publication log, signing its head and writing its files (cms/verify/). */
  logMs: z.number().optional(),
})

const buildTimingsSchema = z.object({
  site: siteTimingsSchema.optional(),
  pipeline: pipelineTimingsSchema.optional(),
  /**
   * When the build went live: the live link switched to it and its publication log committed
   * (ISO 8601). What the running CMS does after it (deleting old builds) no longer delays the public.
   */
  liveAt: z.string().optional(),
})

export type SiteTimings = z.infer<typeof siteTimingsSchema>
export type PipelineTimings = z.infer<typeof pipelineTimingsSchema>
export type BuildTimings = z.infer<typeof buildTimingsSchema>

export const timingsFile = (distDir: string) => `${distDir.replace(/\/+$/, '')}.timings.json`

/** A build's timings; empty when it wrote none (or they do not parse). */
export function readBuildTimings(distDir: string): BuildTimings {
  try {
    const parsed = buildTimingsSchema.safeParse(JSON.parse(fs.readFileSync(timingsFile(distDir), 'utf8')))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/** Adds one part's timings to the build's file, keeping the other part's. */
export function recordBuildTimings(distDir: string, part: BuildTimings): void {
  const file = timingsFile(distDir)
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ ...readBuildTimings(distDir), ...part }))
  fs.renameSync(`${file}.tmp`, file)
}

/** A build starting afresh in a folder drops the timings of the one before. */
export function clearBuildTimings(distDir: string): void {
  fs.rmSync(timingsFile(distDir), { force: true })
}
