// @ts-check
import { fileURLToPath } from 'node:url'

import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

import { readSiteEnv } from './site/integrations/env.ts'
import { incrementalBuild } from './site/integrations/incremental/index.ts'
import { pagefindIntegration } from './site/integrations/pagefind.ts'
import { snapshotIntegration } from './site/integrations/snapshot.ts'

// Paths from the environment resolve against the repository root, not the shell's
// working directory, so `astro build` means the same thing wherever it is started.
const root = fileURLToPath(new URL('.', import.meta.url))
const env = readSiteEnv(process.env, root)
// A staff preview of one draft (GONGBAO_PREVIEW=1): styles inlined so the CMS can return
// the page as one response, and no search index (it is never served publicly).
const preview = process.env.GONGBAO_PREVIEW === '1'
// Pages unchanged since PREVIOUS_BUILD are kept from it (site/integrations/incremental/);
// a preview always renders its one page.
const incremental = incrementalBuild({ root, ...env, previousDir: preview ? undefined : env.previousDir })

export default defineConfig({
  srcDir: './site',
  // Everything the site serves is generated or comes from the snapshot.
  publicDir: './site/public',
  outDir: env.outDir,
  site: env.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory', ...(preview ? { inlineStylesheets: 'always' } : {}) },
  integrations: [
    mdx(),
    snapshotIntegration({ snapshotDir: env.snapshotDir }),
    // In this order after rendering: attachments copied, unchanged pages kept from the
    // previous build, then the search index (Pagefind reads pages with data-pagefind-body).
    incremental.integration,
    ...(preview ? [] : [pagefindIntegration(incremental)]),
  ],
})
