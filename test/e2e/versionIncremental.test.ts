/**
 * Incremental builds and versions (issue 22): a new version of one document, made by a
 * decision already in the gazette, is built from the previous build (PREVIOUS_BUILD). Only
 * that document's pages (its page, every version and comparison page, since the version
 * list on each changes) and the decision's page (it now 修改 the document) are rendered
 * again; every other item page is the previous build's very file, a hard link. The new
 * pages say what a full build says.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentPath, versionChangesPath, versionComparePath, versionPairPath, versionPath } from '../../core/addresses'
import type { DocumentRow } from '../../core/snapshot/assembleSnapshot'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { buildVersionSite, documentRow, repoRoot } from './helpers/versionFixture'

const work = path.join(repoRoot, '.tmp', `e2e-version-incremental-${process.pid}`)
const RULE = 'shili-paishui'
const DECISION = 'shili-jueding'
const OTHER = 'shili-lvhua'
const LONE = 'shili-tongzhi'

const text = (years: number) => markdownToLexical(`第一条 为了加强城市排水管理，制定本办法。\n\n第二条 排水许可证有效期为${years}年。`)

const decision = documentRow({
  id: DECISION,
  title: '示例市人民政府关于修改《示例市城市排水管理办法》的决定',
  body: { lexical: markdownToLexical('将第二条中的“五年”修改为“六年”。') },
  writtenDate: '2024-05-20',
  publishedDate: '2024-05-20',
  effectiveDate: '2024-06-01',
})
/** A document with two versions of its own, untouched by the change. */
const other = documentRow({
  id: OTHER,
  title: '示例市城市绿化条例',
  body: { lexical: markdownToLexical('第一条 绿化用地不得擅自占用。\n\n第二条 本条例自公布之日起施行。') },
  publishedDate: '2021-03-01',
  effectiveDate: '2021-03-01',
  versionKind: 'amendment',
  amendedBy: { type: 'citation', text: '示例市人大常委会公告第3号' },
  earlierVersions: [
    {
      kind: 'original',
      title: '示例市城市绿化条例',
      body: markdownToLexical('第一条 绿化用地不得占用。\n\n第二条 本条例自公布之日起施行。'),
      promulgatedDate: '2015-03-01',
      effectiveDate: '2015-03-01',
      amendedBy: null,
    },
  ],
})
const lone = documentRow({ id: LONE, title: '示例市关于做好防汛工作的通知', body: { lexical: markdownToLexical('各区做好防汛准备。') } })

const original = {
  kind: 'original' as const,
  title: '示例市城市排水管理办法',
  body: text(3),
  promulgatedDate: '2018-12-20',
  effectiveDate: '2019-01-01',
  amendedBy: null,
}
const ruleBefore: DocumentRow = documentRow({
  id: RULE,
  title: '示例市城市排水管理办法',
  body: { lexical: text(5) },
  writtenDate: '2020-06-15',
  publishedDate: '2020-06-15',
  effectiveDate: '2020-07-01',
  versionKind: 'amendment',
  amendedBy: { type: 'citation', text: '示例市人民政府令第9号' },
  earlierVersions: [original],
})
/** The decision's 修正 as the export reads it: the current text moved into the history, the new text current. */
const ruleAfter: DocumentRow = {
  ...ruleBefore,
  body: { lexical: text(6) },
  publishedDate: '2024-05-20',
  effectiveDate: '2024-06-01',
  amendedBy: { type: 'document', documentId: DECISION },
  updatedAt: '2024-05-20T04:00:00.000Z',
  earlierVersions: [
    original,
    {
      kind: 'amendment',
      title: '示例市城市排水管理办法',
      body: text(5),
      promulgatedDate: '2020-06-15',
      effectiveDate: '2020-07-01',
      amendedBy: { type: 'citation', text: '示例市人民政府令第9号' },
    },
  ],
}

let before: string
let after: string
let full: string

beforeAll(() => {
  before = buildVersionSite(path.join(work, 'before'), [ruleBefore, decision, other, lone])
  after = buildVersionSite(path.join(work, 'after'), [ruleAfter, decision, other, lone], [], before)
  full = buildVersionSite(path.join(work, 'full'), [ruleAfter, decision, other, lone])
}, 600_000)

afterAll(() => {
  if (!process.env.KEEP_E2E_WORK) fs.rmSync(work, { recursive: true, force: true })
})

const file = (dist: string, address: string) => path.join(dist, address, 'index.html')
/** Whether the new build's page is the previous build's very file (kept, not rendered). */
function kept(address: string): boolean {
  const [a, b] = [fs.statSync(file(before, address)), fs.statSync(file(after, address))]
  return a.ino === b.ino && a.dev === b.dev
}

describe('a new version built incrementally', () => {
  it('renders the amended document, each of its version and comparison pages, and the amending decision', () => {
    const rendered = [documentPath(RULE), versionPath(RULE, 1), versionPath(RULE, 2), versionChangesPath(RULE, 2), documentPath(DECISION)]
    for (const address of rendered) expect(kept(address), address).toBe(false)
    // New pages: the third version, its changes, and the comparison of any two.
    for (const address of [versionPath(RULE, 3), versionChangesPath(RULE, 3), versionComparePath(RULE), versionPairPath(RULE, 1, 3)])
      expect(fs.existsSync(file(after, address)), address).toBe(true)
  })

  it('keeps every other item page as the previous build made it', () => {
    for (const address of [
      documentPath(OTHER),
      versionPath(OTHER, 1),
      versionPath(OTHER, 2),
      versionChangesPath(OTHER, 2),
      documentPath(LONE),
    ])
      expect(kept(address), address).toBe(true)
  })

  it('gives the pages a full build gives', () => {
    const addresses = [
      documentPath(RULE),
      versionPath(RULE, 3),
      versionChangesPath(RULE, 3),
      versionPairPath(RULE, 1, 3),
      documentPath(DECISION),
    ]
    for (const address of addresses) {
      const [incremental, whole] = [fs.readFileSync(file(after, address), 'utf8'), fs.readFileSync(file(full, address), 'utf8')]
      expect(incremental, address).toBe(whole)
    }
    // The decision's page now relates it to the rule it amended (修改), which it did not before.
    const link = `href="${documentPath(RULE)}"`
    expect(fs.readFileSync(file(before, documentPath(DECISION)), 'utf8')).not.toContain(link)
    expect(fs.readFileSync(file(after, documentPath(DECISION)), 'utf8')).toContain(link)
    expect(fs.readFileSync(file(after, versionPath(RULE, 3)), 'utf8')).toContain('排水许可证有效期为6年')
  })
})
