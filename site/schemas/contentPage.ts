import { z } from 'zod'

/** Frontmatter of an MDX page in content/pages/ (e.g. about.mdx → /about/). */
export const contentPageSchema = z.object({
  /** Page title: the `<h1>` and the browser tab. */
  title: z.string().min(1),
  /** One-sentence summary for the description meta tag; none by default. */
  description: z.string().optional(),
})

export type ContentPageFrontmatter = z.infer<typeof contentPageSchema>
