/**
 * Indexes one part of the search index in a process of its own. The pagefind package runs
 * one backend per Node process, and that backend uses one core, so the integration starts
 * one of these per part to build parts side by side. Runs under plain Node (types are
 * stripped): it reads a PartJob on stdin and writes a PartResult on stdout, and exits with
 * 1 when indexing failed.
 */
import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { text } from 'node:stream/consumers'

import * as pagefind from 'pagefind'

import type { PartJob, PartResult } from './partJob'
import type * as Segmentation from './segmentedHtml'
import type * as Fragments from '../../../core/build/searchFragments'

// Plain Node resolves only whole file names, which the type checker does not accept in an import.
const { INDEX_LANGUAGE, segmentedHtml } = (await import(new URL('./segmentedHtml.ts', import.meta.url).href)) as typeof Segmentation
const { readFragments } = (await import(new URL('../../../core/build/searchFragments.ts', import.meta.url).href)) as typeof Fragments

// Stopped because another part failed: take the Pagefind backend down with us.
process.once('SIGTERM', () => {
  void pagefind.close().finally(() => process.exit(143))
})

// The pagefind package leaves a request unanswered when its backend dies (a panic, or killed
// for memory): with nothing left to wait for, Node would end with only a warning about it.
process.once('beforeExit', () => {
  process.stdout.write(JSON.stringify({ errors: ['the Pagefind backend stopped without an answer (its own output above may say why)'] }))
  process.exit(1)
})

const result = await text(process.stdin)
  .then((job) => indexPart(JSON.parse(job) as PartJob))
  .catch((error: unknown): PartResult => ({ errors: [error instanceof Error ? (error.stack ?? error.message) : String(error)] }))
await pagefind.close()
// A pipe takes what is written asynchronously: exit only once the whole answer has gone,
// or a large part's fragments would reach the integration cut short.
await new Promise<void>((resolve, reject) => process.stdout.write(JSON.stringify(result), (error) => (error ? reject(error) : resolve())))
process.exit('errors' in result ? 1 : 0)

async function indexPart({ siteDir, files, outputPath }: PartJob): Promise<PartResult> {
  // One language Pagefind does not segment: the text comes split into words already (segmentedHtml.ts).
  const { errors, index } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE })
  if (!index) return { errors: errors.length > 0 ? errors : ['Pagefind returned no index.'] }
  if (errors.length > 0) return { errors }
  for (const file of files) {
    const sourcePath = relative(siteDir, file)
    const added = await index.addHTMLFile({ sourcePath, content: segmentedHtml(await readFile(file, 'utf8')) })
    if (added.errors.length > 0) return { errors: added.errors.map((error) => `${sourcePath}: ${error}`) }
  }
  const written = await index.writeFiles({ outputPath })
  if (written.errors.length > 0) return { errors: written.errors }
  return { pages: await countIndexedPages(outputPath), fragments: await readFragments([outputPath]) }
}

/** Pages that opted in with data-pagefind-body, summed over languages (Pagefind's own count). */
async function countIndexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
}
