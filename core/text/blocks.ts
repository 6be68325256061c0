/**
 * A text as blocks of runs: the one format in which a document's body, an earlier
 * version's body and an interpretation's text leave the CMS (core/snapshot carries it,
 * core/history compares it, the site renders it). Its own folder, so that the domain
 * rules that read text need not import the snapshot that imports them.
 */
import { z } from 'zod'

import { safeHref } from '../web/safeHref'

/** A run of text with its marks. Text is plain: the site escapes it when rendering. */
export const inlineSchema = z.object({
  text: z.string(),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  underline: z.boolean().default(false),
  /** Link target; only http(s), mailto and site-relative addresses survive the export. */
  href: z
    .string()
    .refine((href) => safeHref(href) === href, 'unsafe link target')
    .optional(),
})

export const blockSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('heading'),
    /** 2 to 4: the page's own title is the only h1. */
    level: z.number().int().min(2).max(4),
    children: z.array(inlineSchema),
  }),
  z.object({
    type: z.literal('paragraph'),
    /** Alignment as the editor set it (signature blocks are often right-aligned). */
    align: z.enum(['start', 'center', 'end']).default('start'),
    children: z.array(inlineSchema),
  }),
  z.object({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(z.array(inlineSchema)),
  }),
  z.object({
    type: z.literal('quote'),
    children: z.array(inlineSchema),
  }),
])

export type InlineNode = z.infer<typeof inlineSchema>
export type Block = z.infer<typeof blockSchema>
