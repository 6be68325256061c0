/**
 * What a build leaves for the next one: the fingerprints of its pages and of its code,
 * and how its search index was made. Written beside the build's folder
 * (`<dist>.state.json`, see core/build/buildStateFile.ts).
 */
import { readFile, rename, writeFile } from 'node:fs/promises'

import { z } from 'zod'

import { stateFile } from '../../../core/build/buildStateFile'

const fragmentSchema = z.object({ id: z.string(), filters: z.record(z.string(), z.array(z.string())) })

const buildStateSchema = z.object({
  version: z.literal(1),
  global: z.string(),
  /** Page address → fingerprint, for every item page. */
  pages: z.record(z.string(), z.string()),
  search: z.object({
    /** The parts of the last full index after the first (`pagefind-parts/<n>`), kept as they are. */
    parts: z.array(z.string()),
    /** Indexed pages rendered again (or gone) since the last full index: the delta index holds them. */
    changed: z.array(z.string()),
    /** Page address → its Pagefind fragment in the full index, read by its workers (a state written before them: on the first delta). */
    fragments: z.record(z.string(), fragmentSchema).optional(),
  }),
})

export type BuildState = z.infer<typeof buildStateSchema>
export type SearchState = BuildState['search']
export type IndexedFragment = z.infer<typeof fragmentSchema>

/** The previous build's state, or null when there is none or it cannot be trusted. */
export async function readBuildState(distDir: string): Promise<BuildState | null> {
  try {
    const parsed = buildStateSchema.safeParse(JSON.parse(await readFile(stateFile(distDir), 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function writeBuildState(distDir: string, state: BuildState): Promise<void> {
  const file = stateFile(distDir)
  await writeFile(`${file}.tmp`, JSON.stringify(state))
  await rename(`${file}.tmp`, file)
}
