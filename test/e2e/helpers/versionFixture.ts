/**
 * What the version tests build their sites from (issue 22): document rows as the export reads
 * them, the real texts of test/fixtures/history/ as editor states, and a site built with
 * Astro from a snapshot assembled by the real assembler (core/snapshot/assembleSnapshot.ts),
 * as test/e2e/documentVersions.test.ts does.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { assembleSnapshot, type DocumentRow } from '../../../core/snapshot/assembleSnapshot'
import { type GazetteIssue, gazetteIssueSchema, type GazetteSettingsInput } from '../../../core/snapshot/schema'
import { writeAssembled } from '../../../core/snapshot/writeSnapshot'
import { markdownToLexical } from '../../../scripts/lib/markdownToLexical'

export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..')

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'history')

/** A fixture text as written (markdown: `## ` chapter headings, a blank line between paragraphs). */
export const fixtureText = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8')

/** A fixture text as the editor's state. */
export const fixtureBody = (name: string) => markdownToLexical(fixtureText(name))

export const stateCouncil = { slug: 'guowuyuan', name: '中华人民共和国国务院', shortName: '国务院' }

/** A public document row with the fields a test does not care about filled in. */
export function documentRow(fields: Partial<DocumentRow> & Pick<DocumentRow, 'id' | 'title' | 'body'>): DocumentRow {
  return {
    docNumber: null,
    docNumberRaw: null,
    unifiedNumber: null,
    indexNumber: null,
    kind: 'other',
    issuers: [stateCouncil],
    writtenDate: '2022-03-29',
    publishedDate: '2022-03-29',
    effectiveDate: '2022-05-01',
    expiresOn: null,
    repealedOn: null,
    interpretationBody: null,
    disclosure: 'proactive',
    subject: null,
    keywords: [],
    aliases: [],
    attachments: [],
    updatedAt: '2022-03-29T04:00:00.000Z',
    ...fields,
  }
}

/**
 * Assembles a snapshot of the documents (and the issues that printed them) into `<work>/snapshot`
 * and builds the site into `<work>/dist`, incrementally from `previousBuild` when given, for the gazette's
 * settings when given (its own kinds of document); returns the dist folder.
 */
export function buildVersionSite(
  work: string,
  documents: DocumentRow[],
  issues: GazetteIssue[] = [],
  previousBuild = '',
  gazette: GazetteSettingsInput = { name: '测试公报', timeZone: 'Asia/Shanghai' },
): string {
  const snapshotDir = path.join(work, 'snapshot')
  const distDir = path.join(work, 'dist')
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(snapshotDir, { recursive: true })
  const assembled = assembleSnapshot({
    gazette,
    asOf: '2026-12-05',
    generatedAt: '2026-12-05T00:00:00.000Z',
    relations: [],
    interpretations: [],
    documents,
    issues,
  })
  writeAssembled(snapshotDir, assembled)
  const build = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: repoRoot,
    env: { ...process.env, SNAPSHOT_DIR: snapshotDir, DIST_DIR: distDir, PREVIOUS_BUILD: previousBuild },
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`astro build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
  return distDir
}

/** A published issue without print PDF that printed the given documents, one after another from page 1, four pages each. */
export function printedIssue(
  year: number,
  issueNumber: number,
  publicationDate: string,
  documents: Array<{ id: string; title: string }>,
): GazetteIssue {
  return gazetteIssueSchema.parse({
    id: `${year}-${issueNumber}`,
    year,
    issueNumber,
    totalNumber: (year - 2000) * 24 + issueNumber,
    publicationDate,
    sections: [
      {
        title: '规章',
        entries: documents.map(({ id, title }, index) => ({
          kind: 'document',
          id,
          title,
          docNumber: null,
          firstPage: 1 + index * 4,
          lastPage: 4 + index * 4,
        })),
      },
    ],
    pdf: null,
    cover: null,
    corrections: [],
    updatedAt: `${publicationDate}T02:00:00.000Z`,
  })
}
