/**
 * npm run bench -- load [--editors N ...] [--saves S] [--think-ms T] [--reads-per-second R]
 * [--editors-per-reviewer K] [--json out.json] [--rebuild-admin] [--keep]: the options of
 * the load benchmark, read from the command line. --editors takes one or more numbers,
 * separated by spaces or commas (--editors 1 5 10, --editors 1,5,10).
 */
export type LoadOptions = {
  /** The rounds: how many editors work at once in each. */
  editors: number[]
  /** Saves of each draft between its creation and its submission. */
  savesPerDocument: number
  /** Mean pause of a person between two actions. */
  thinkMs: number
  /** Unauthenticated REST reads per second during each round. */
  readsPerSecond: number
  /** One reviewer and one publisher for this many editors (at least one each). */
  editorsPerReviewer: number
  json?: string
  /** Build the admin even when cms/.next holds a build. */
  rebuildAdmin: boolean
  /** Keep the work folder (database, logs, site builds). */
  keep: boolean
  log?: (line: string) => void
}

export const defaultLoadOptions: LoadOptions = {
  editors: [1, 5, 10, 20, 40],
  savesPerDocument: 3,
  thinkMs: 2000,
  readsPerSecond: 5,
  editorsPerReviewer: 5,
  rebuildAdmin: false,
  keep: false,
}

export function loadOptions(args: string[]): LoadOptions {
  const number = (flag: string, fallback: number) => {
    const index = args.indexOf(flag)
    const value = index >= 0 ? Number(args[index + 1]) : NaN
    return Number.isFinite(value) && value >= 0 ? value : fallback
  }
  const start = args.indexOf('--editors')
  const editors: number[] = []
  if (start >= 0) {
    for (const arg of args.slice(start + 1)) {
      if (arg.startsWith('--')) break
      editors.push(...arg.split(',').filter(Boolean).map(Number))
    }
  }
  const json = args.indexOf('--json')
  return {
    editors: editors.length > 0 && editors.every((n) => Number.isInteger(n) && n > 0) ? editors : defaultLoadOptions.editors,
    savesPerDocument: Math.round(number('--saves', defaultLoadOptions.savesPerDocument)),
    thinkMs: number('--think-ms', defaultLoadOptions.thinkMs),
    readsPerSecond: number('--reads-per-second', defaultLoadOptions.readsPerSecond),
    editorsPerReviewer: Math.max(1, number('--editors-per-reviewer', defaultLoadOptions.editorsPerReviewer)),
    json: json >= 0 ? args[json + 1] : undefined,
    rebuildAdmin: args.includes('--rebuild-admin'),
    keep: args.includes('--keep'),
  }
}
