/** The benchmark's JSON report (npm run bench -- --docs N --json out.json). Times in ms, sizes in bytes. */
import type { BuildOutput, PipelineFigures } from './buildOutput'
import type { QueryMeasurement } from './searchLatency'
import type { FolderSize, PageWeight } from './siteFigures'

export type StageFigures = {
  /** Wall time of the stage's process, start to exit (includes starting Node and Payload). */
  wallMs: number
  /** Peak memory of the stage's process tree. */
  peakRssBytes: number
  peakByCommand: Record<string, number>
  /** Set when the stage was stopped at the memory ceiling. */
  stoppedAtBytes?: number
  /** The machine's 1-minute load average when the stage started and ended: on shared machines, a busy neighbour slows every figure. */
  loadAverage: [number, number]
}

export type Percentiles = { p50: number; p95: number; max: number }

export type SearchSummary = {
  queries: number
  firstMs: Percentiles
  warmMs: Percentiles
  firstBytes: Percentiles
  warmBytes: Percentiles
  numberQueries: number
  numberQueriesAtRankOne: number
}

/** What the edit stage measures (stages/edit.ts). */
export type EditTimes = {
  saveMs: number | null
  /** From the save until the site is live (switched, its log committed). */
  buildMs: number | null
  liveMs: number | null
  /** Until the build job ended, old builds deleted. */
  doneMs: number | null
  status: string
  liveHasEdit: boolean
}

export type BenchReport = {
  docs: number
  seed: number
  machine: { cpus: number; memoryBytes: number; node: string; date: string; commit: string | null }
  corpus: { organizations: number; documents: number; relations: number; interpretations: number }
  load: StageFigures & { generateMs: number; initMs: number; loadMs: number }
  export: StageFigures & { exportMs: number }
  /** astro build, which runs Pagefind in its build:done hook (site/integrations/pagefind.ts). */
  site: StageFigures & BuildOutput & { pagefindPeakBytes: number | null }
  /** Export, site and the publication log step together: what a first full build spends after loading. */
  fullBuild: { wallMs: number; peakRssBytes: number; logMs?: number }
  sizes: { dist: FolderSize; pagefind: FolderSize; snapshot: FolderSize; documentPages: number }
  documentPage: PageWeight | null
  /** One document edited and the pipeline bringing it live; inner figures are null when the stage was stopped. */
  edit: (StageFigures & BuildOutput & PipelineFigures & EditTimes) | null
  search: { summary: SearchSummary; queries: QueryMeasurement[] } | null
}
