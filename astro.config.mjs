// @ts-check
import { fileURLToPath } from 'node:url'

import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

import { readSiteEnv } from './site/integrations/env.ts'
import { pagefindIntegration } from './site/integrations/pagefind.ts'
import { snapshotIntegration } from './site/integrations/snapshot.ts'

// Paths from the environment resolve against the repository root, not the shell's
// working directory, so `astro build` means the same thing wherever it is started.
const env = readSiteEnv(process.env, fileURLToPath(new URL('.', import.meta.url)))
// A staff preview of one draft (GONGBAO_PREVIEW=1): styles inlined so the CMS can return
// the page as one response, and no search index (it is never served publicly).
const preview = process.env.GONGBAO_PREVIEW === '1'

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
    // After the snapshot integration: its files are copied before indexing, and
    // Pagefind only reads pages that opt in with data-pagefind-body.
    ...(preview ? [] : [pagefindIntegration()]),
  ],
})
