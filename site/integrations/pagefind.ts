import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import * as pagefind from 'pagefind'

/**
 * Indexes the built site with Pagefind and writes the index to `<outDir>/pagefind/`.
 * Only elements marked `data-pagefind-body` (the articles of document and
 * interpretation pages, told apart by their 类型 filter) are indexed; withdrawal
 * notices and list pages are not. Chinese word segmentation follows from `<html lang="zh-CN">`.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'gongbao:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(fileURLToPath(dir), logger)
      },
    },
  }
}

async function buildIndex(siteDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now()
  logger.info('Indexing the site with Pagefind…')
  try {
    const { index } = assertOk(await pagefind.createIndex(), logger)
    if (!index) throw new Error('Pagefind returned no index.')

    const { page_count } = assertOk(await index.addDirectory({ path: siteDir }), logger)

    const outputPath = join(siteDir, 'pagefind')
    assertOk(await index.writeFiles({ outputPath }), logger)

    const indexed = await countIndexedPages(outputPath)
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    // Pages without data-pagefind-body are skipped, so the two counts differ by design.
    logger.info(`Read ${page_count} HTML files, indexed ${indexed} pages into ${outputPath} in ${seconds} s.`)
  } catch (error) {
    // Astro stops the build on a thrown error; a site without a search index must not ship.
    throw new Error('Pagefind indexing failed.', { cause: error })
  } finally {
    await pagefind.close()
  }
}

/** Pages that opted in with data-pagefind-body, summed over languages (Pagefind's own count). */
async function countIndexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
}

function assertOk<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`)
    throw new Error(`Pagefind reported ${response.errors.length} error(s).`)
  }
  return response
}
