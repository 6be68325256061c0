/** Astro's and the Pagefind integration's own timings, read from what `astro build` prints. */
export type BuildOutput = { pages: number | null; astroMs: number | null; pagefindMs: number | null }

export function readBuildOutput(output: string): BuildOutput {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\u001b\[[0-9;]*m/g, '')
  const built = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(text)
  const indexed = /indexed \d+ pages into .* in ([\d.]+) s/.exec(text)
  return {
    pages: built ? Number(built[1]) : null,
    astroMs: built ? Number(built[2]) * (built[3] === 'ms' ? 1 : 1000) : null,
    pagefindMs: indexed ? Number(indexed[1]) * 1000 : null,
  }
}
