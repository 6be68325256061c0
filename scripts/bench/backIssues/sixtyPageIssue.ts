/**
 * A 60-page back issue for the admin's import test (test/e2e/adminBackIssue.test.ts): the
 * sample issue of the back-issue benchmark (sampleIssue.ts, 50 pages) with sample documents
 * printed a second time under another title and 发文字号 until it reaches 60 pages,
 * printed by gongbao's own print engine. Printing it takes a minute and a half (the issue
 * is printed again after each added copy), so the test reads the copy committed in
 * test/fixtures/backIssues/, written by scripts/fixtures/writeSixtyPageIssue.ts.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { PrintEntry, PrintIssueInput } from '../../../cms/print/issueSchema'
import { printIssue } from '../../../cms/print/printIssue'
import { sampleBackIssue } from './sampleIssue'

export const TARGET_PAGES = 60

/** Writes the text PDF into `dir`; its path, pages and entries. */
export async function printSixtyPageIssue(dir: string): Promise<{ pdf: string; pages: number; entries: number }> {
  const issue = sampleBackIssue()
  const [first] = issue.sections
  if (!first) throw new Error('the sample issue has no sections')
  const originals = issue.sections.flatMap((section) => section.entries).filter((entry) => entry.kind === 'document')
  let printed = await printIssue(issue)
  for (let copy = 0; printed.pages < TARGET_PAGES && copy < originals.length; copy++) {
    first.entries.push(reprinted(originals[copy] as PrintEntry, copy + 1))
    printed = await printIssue(issue)
  }
  if (printed.pages !== TARGET_PAGES) printed = await padded(issue, printed.pages)
  const pdf = path.join(dir, 'back-issue-text.pdf')
  await writeFile(pdf, printed.pdf)
  return { pdf, pages: printed.pages, entries: issue.sections.reduce((sum, section) => sum + section.entries.length, 0) }
}

/** A sample document printed again as another document of the same office. */
function reprinted(entry: PrintEntry, copy: number): PrintEntry {
  return {
    ...entry,
    id: `${entry.id}-again-${copy}`,
    title: entry.title.replace(/的(通知|意见|方案|安排)$/u, `（第${copy}批）的$1`),
    docNumber: entry.docNumber ? entry.docNumber.replace(/(\d+)号$/u, (_, n: string) => `${Number(n) + 50 + copy}号`) : null,
  }
}

/** Past 60 pages: the last copy's body shortened until the issue prints 60. */
async function padded(issue: PrintIssueInput, pages: number): Promise<Awaited<ReturnType<typeof printIssue>>> {
  const entries = issue.sections[0]?.entries ?? []
  const last = entries.at(-1)
  if (!last || pages < TARGET_PAGES) throw new Error(`the sample issue prints ${pages} pages, not ${TARGET_PAGES}`)
  let keep = last.body.length
  for (;;) {
    keep = Math.max(1, keep - Math.ceil(last.body.length / 12))
    entries[entries.length - 1] = { ...last, body: last.body.slice(0, keep) }
    const printed = await printIssue(issue)
    if (printed.pages <= TARGET_PAGES || keep === 1) {
      if (printed.pages !== TARGET_PAGES) throw new Error(`could not print exactly ${TARGET_PAGES} pages (${printed.pages})`)
      return printed
    }
  }
}
