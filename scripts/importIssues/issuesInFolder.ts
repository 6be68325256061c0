/**
 * A folder of many back issues, as `npm run import:issue -- <folder>` takes it: each PDF in
 * it is one issue, and each sub-folder of page images is one issue (its pages in the
 * natural order of their names), all in the natural order of their names. A folder that
 * holds page images itself is one issue, not a collection (issuePages.ts reads it).
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { imageFiles } from '../../cms/backIssues/issuePages'

export type IssueSource = { path: string; name: string; kind: 'pdf' | 'images' }

/** The issues in the folder; null when the folder is itself one issue's page images (or holds no issue). */
export async function issuesInFolder(folder: string): Promise<IssueSource[] | null> {
  if ((await imageFiles(folder)).length > 0) return null
  const entries = await readdir(folder, { withFileTypes: true })
  const issues: IssueSource[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(folder, entry.name)
    if (entry.isFile() && path.extname(entry.name).toLowerCase() === '.pdf') issues.push({ path: full, name: entry.name, kind: 'pdf' })
    else if (entry.isDirectory() && (await imageFiles(full)).length > 0) issues.push({ path: full, name: entry.name, kind: 'images' })
  }
  issues.sort((a, b) => a.name.localeCompare(b.name, 'zh', { numeric: true }))
  return issues.length > 0 ? issues : null
}
