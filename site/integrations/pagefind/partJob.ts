/**
 * What the integration asks of a part worker (as JSON on its stdin) and what the worker
 * answers (as JSON on its stdout). Types only: the worker runs under plain Node, which
 * erases `import type` but cannot resolve extensionless imports of our own modules.
 */
import type { SearchFragment } from '../../../core/build/searchFragments'

export type PartJob = {
  /** The built site: page URLs are computed relative to it. */
  siteDir: string
  /** Absolute paths of the HTML files of this part, in index order. */
  files: string[]
  /** Where this part's index is written. */
  outputPath: string
}

/**
 * Pagefind's own count of the pages that opted in with data-pagefind-body and which page each
 * fragment of the part holds (read by the worker, beside the other parts' workers, so that the
 * first incremental build after a full one need not read them all), or what went wrong.
 */
export type PartResult = { pages: number; fragments: Record<string, SearchFragment> } | { errors: string[] }
