/**
 * Astro's and the Pagefind integration's own timings, read from what `astro build` prints.
 * Astro's "built in" includes its build:done hooks, so Pagefind's indexing is inside it.
 */
export type BuildOutput = {
  pages: number | null
  /** Astro's own total, Pagefind's hook included. */
  astroMs: number | null
  pagefindMs: number | null
  /** Rendering only: Astro's total without the Pagefind hook. */
  renderMs: number | null
}

export function readBuildOutput(output: string): BuildOutput {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\u001b\[[0-9;]*m/g, '')
  // "2279 page(s) built in 14.40s", "22261 page(s) built in 2m 22s" or "… in 850ms".
  const built = /(\d+) page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(m?s)/.exec(text)
  const indexed = /indexed \d+ pages into .* in ([\d.]+) s/.exec(text)
  const astroMs = built ? Number(built[2] ?? 0) * 60_000 + Number(built[3]) * (built[4] === 'ms' ? 1 : 1000) : null
  const pagefindMs = indexed ? Number(indexed[1]) * 1000 : null
  return {
    pages: built ? Number(built[1]) : null,
    astroMs,
    pagefindMs,
    renderMs: astroMs !== null && pagefindMs !== null ? astroMs - pagefindMs : null,
  }
}

/** The publishing pipeline's own stage lines (cms/publishing/buildSite.ts) and the incremental build's. */
export type PipelineLog = {
  exportMs: number | null
  siteMs: number | null
  verifyMs: number | null
  /** Pages kept from the live build; null for a full build. */
  keptPages: number | null
}

export function readPipelineLog(log: string): PipelineLog {
  const secondsOf = (pattern: RegExp) => {
    const match = pattern.exec(log)
    return match ? Number(match[1]) * 1000 : null
  }
  const kept = /Kept (\d+) page\(s\)/.exec(log)
  return {
    exportMs: secondsOf(/已导出公开快照：[^\n]*（([\d.]+) 秒）/),
    siteMs: secondsOf(/网站与检索索引已生成（([\d.]+) 秒）/),
    verifyMs: secondsOf(/构建检查通过：[^\n]*（([\d.]+) 秒）/),
    keptPages: kept ? Number(kept[1]) : null,
  }
}
