import type { MDXInstance } from 'astro'
import { z } from 'zod'

import { contentPageSchema, type ContentPageFrontmatter } from '../schemas/contentPage'

export interface ContentPage {
  /** The address segment: about.mdx is served at /about/. */
  slug: string
  frontmatter: ContentPageFrontmatter
  Content: MDXInstance<ContentPageFrontmatter>['Content']
}

// Addresses the site already uses; a content page there would silently shadow them.
const RESERVED = new Set(['documents', 'interpretations', 'numbers', 'catalogues', 'search', 'files', 'pagefind', '404', 'data', 'feeds'])

// Paths starting with / are relative to the project root (the repository).
const modules = import.meta.glob<MDXInstance<Record<string, unknown>>>('/content/pages/*.mdx', { eager: true })

/** The MDX pages in content/pages/, with validated frontmatter; the build fails otherwise. */
export function listContentPages(): ContentPage[] {
  return Object.entries(modules).map(([path, module]) => {
    const slug = path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length)
    if (!/^[a-z0-9-]+$/.test(slug) || RESERVED.has(slug)) {
      throw new Error(`${path}: the file name must be lowercase letters, digits and "-", and not one of ${[...RESERVED].join(', ')}.`)
    }
    const result = contentPageSchema.safeParse(module.frontmatter)
    if (!result.success) throw new Error(`${path}: invalid frontmatter:\n${z.prettifyError(result.error)}`)
    return { slug, frontmatter: result.data, Content: module.Content }
  })
}
