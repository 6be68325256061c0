/**
 * The committed selection of LawRefBook/Laws (test/fixtures/laws/): the markdown files as the
 * source holds them, with the repository and commit they come from, as one brotli-compressed
 * JSON file (Node reads it without another tool; about a seventh of the text's size).
 */
import fs from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'
import { z } from 'zod'

import { repoRoot } from '../../core/paths'

export const LAW_REPOSITORY = 'https://github.com/LawRefBook/Laws'
/** The source commit the fixture is read from (2025-04-19, 「feat: 地方法规」). */
export const LAW_COMMIT = '2f4c5c23716267af9dbebbbbd6cbbf732b101981'

export const lawFixtureSchema = z.object({
  /** The source repository's address. */
  repository: z.url(),
  /** The commit the files were read from. */
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  /** Path in the source repository and the file's text, sorted by path. */
  files: z.array(z.object({ path: z.string().min(1), text: z.string() })),
})

export type LawFixture = z.infer<typeof lawFixtureSchema>

export const lawFixturePath = path.join(repoRoot, 'test', 'fixtures', 'laws', 'laws.json.br')

export function readLawFixture(file = lawFixturePath): LawFixture {
  return lawFixtureSchema.parse(JSON.parse(brotliDecompressSync(fs.readFileSync(file)).toString('utf8')))
}

export function encodeLawFixture(fixture: LawFixture): Buffer {
  const json = Buffer.from(JSON.stringify(lawFixtureSchema.parse(fixture)))
  return brotliCompressSync(json, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      // The largest window: laws repeat their phrasing far apart.
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
    },
  })
}
