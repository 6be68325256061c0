/**
 * The load benchmark's report (npm run bench -- load --json out.json): what it printed, as
 * data. Times in ms, sizes in bytes. Figures only; nothing here is a promise.
 */

/** The kinds of request the benchmark times, in the order the report lists them. */
export const actionKinds = ['create', 'save', 'submit', 'review-read', 'approve', 'publish-read', 'publish', 'public-read'] as const
export type ActionKind = (typeof actionKinds)[number] | 'sign-in'

/** The editors' writes: what "p95 of saves" is taken over. */
export const saveKinds: readonly ActionKind[] = ['create', 'save', 'submit']

export type KindFigures = {
  count: number
  /** Requests of this kind per second of the round's wall time. */
  opsPerSecond: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Failed requests by HTTP status ('network' for no answer, 'timeout' past the client's limit). */
  errors: Record<string, number>
}

export type BuildFigures = {
  /** Site builds created from the round's start until the queue was idle again. */
  count: number
  byStatus: Record<string, number>
  /** Each build's own duration as the CMS recorded it. */
  durationsMs: number[]
  /** The queue was still busy when the benchmark stopped waiting. */
  stillBusy: boolean
  /** From the round's end until no build was queued or running. */
  drainMs: number
}

export type RoundFigures = {
  editors: number
  reviewers: number
  publishers: number
  /** From the first editor's start until the last publication answered. */
  wallMs: number
  kinds: Partial<Record<ActionKind, KindFigures>>
  /** create + save + submit together. */
  saves: KindFigures
  errors: number
  /** The round's documents (one per editor), how many the publishers published, and how many the public API lists afterwards. */
  published: { documents: number; published: number; public: number }
  builds: BuildFigures
  /** The CMS's process tree (next start, and the site builds it runs) during the round. */
  peakRssBytes: number
  loadAverage: [number, number]
  /** p95 of saves under 1 s and no error of any kind. */
  holds: boolean
}

export type LoadReport = {
  machine: { cpus: number; memoryBytes: number; node: string; date: string; commit: string | null }
  settings: { editors: number[]; savesPerDocument: number; thinkMs: number; readsPerSecond: number; staffPerReviewer: number }
  preparation: {
    /** Migrations, sample content and staff accounts through the Local API. */
    databaseMs: number
    /** The first site build, as npm start runs it before serving. */
    firstBuildMs: number
    firstBuildStatus: string
    /** null when an existing cms/.next was reused. */
    adminBuildMs: number | null
    /** From `next start` until the sign-in page answered. */
    serverStartMs: number
    signIn: KindFigures
  }
  rounds: RoundFigures[]
  /** The largest N whose round held (p95 of saves under 1 s, no errors); null when none did. */
  holdsEditors: number | null
  peakRssBytes: number
}
