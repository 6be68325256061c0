/**
 * Bodies for the history tests, made the way the sample content becomes a document's body:
 * the sample text format (markdownToLexical) turned into the snapshot's blocks
 * (blocksFromLexical), so the tests read texts exactly as the site will.
 */
import fs from 'node:fs'
import path from 'node:path'

import { blocksFromLexical } from '../../../core/snapshot/fromLexical'
import type { Block } from '../../../core/snapshot/schema'
import { markdownToLexical } from '../../../scripts/lib/markdownToLexical'

export const historyFixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'history')

/** Blocks of a text in the sample content format: paragraphs separated by a blank line, `## ` headings. */
export function body(text: string): Block[] {
  return blocksFromLexical(markdownToLexical(text))
}

/** Blocks of a fixture file in test/fixtures/history/. */
export function fixtureBody(name: string): Block[] {
  return body(fs.readFileSync(path.join(historyFixtures, name), 'utf8'))
}
