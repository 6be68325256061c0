/**
 * Many back issues imported in one run, one after the other: each read (readIssueFile.ts)
 * and, unless it is a dry run, saved (saveBackIssue.ts) as the single-issue command does,
 * so importing the folder again updates the drafts and leaves what is published as it is.
 * The year and 期号 come from the file or folder name when it states them
 * (issueNumberFromName.ts), else from the masthead; the 总期号 rules are those of every
 * save. An issue that is refused (a number clash, no number found) or cannot be read is
 * reported and the rest goes on: one issue's trouble never stops the others.
 */
import type { Payload } from 'payload'

import { BackIssueRefusal } from '../../cms/backIssues/backIssueRefusal'
import { readIssueFile, type IssueFileReading } from '../../cms/backIssues/readIssueFile'
import { saveBackIssue } from '../../cms/backIssues/saveBackIssue'
import type { IssuePagesOptions } from '../../cms/backIssues/issuePages'
import { issueLabel, issueLabelWithTotal } from '../../core/issues/issueLabel'
import { issueNumberFromName } from './issueNumberFromName'
import type { IssueSource } from './issuesInFolder'

export type BulkStatus = 'saved' | 'read' | 'refused' | 'failed'

export type BulkIssueResult = {
  source: IssueSource
  /** 2022年第6期（总第123期）, as saved or as read; null when no number was found. */
  label: string | null
  status: BulkStatus
  entries: number
  /** Entries newly created, updated, or left as published (saved issues only). */
  created: number
  updated: number
  published: number
  pages: number
  /** Pages read by OCR. */
  recognised: number
  /** Points the reader asks a person to check. */
  problems: number
  /** Why the issue was refused or failed, and notes (a name that disagrees with the masthead). */
  notes: string[]
}

export type BulkProgress = { issue: number; issues: number; name: string; page: number; pages: number; ocr: boolean }

export type BulkOptions = {
  /** The database to write to; null for a dry run, which only reads. */
  payload: Payload | null
  read?: Omit<IssuePagesOptions, 'onPage'>
  onProgress?: (progress: BulkProgress) => void
  /** After each issue. */
  onIssue?: (result: BulkIssueResult, index: number, total: number) => void
}

export async function importIssues(
  issues: readonly IssueSource[],
  options: BulkOptions,
): Promise<{ results: BulkIssueResult[]; seconds: number }> {
  const started = performance.now()
  const results: BulkIssueResult[] = []
  for (const [index, source] of issues.entries()) {
    const result = await importOne(source, index, issues.length, options)
    results.push(result)
    options.onIssue?.(result, index, issues.length)
  }
  return { results, seconds: (performance.now() - started) / 1000 }
}

async function importOne(source: IssueSource, index: number, total: number, options: BulkOptions): Promise<BulkIssueResult> {
  const result: BulkIssueResult = {
    source,
    label: null,
    status: 'failed',
    entries: 0,
    created: 0,
    updated: 0,
    published: 0,
    pages: 0,
    recognised: 0,
    problems: 0,
    notes: [],
  }
  let reading: IssueFileReading
  try {
    reading = await readIssueFile(source.path, {
      ...options.read,
      onPage: (done, pages, _page, ocr) =>
        options.onProgress?.({ issue: index + 1, issues: total, name: source.name, page: done, pages, ocr }),
    })
  } catch (error) {
    result.notes.push(`读取失败：${error instanceof Error ? error.message : String(error)}`)
    return result
  }
  result.entries = reading.entries.length
  result.pages = reading.source.pages
  result.recognised = reading.source.recognised
  result.problems = reading.problems.length
  const named = issueNumberFromName(source.name)
  const { year, issueNumber } = reading.masthead
  if (named && year && issueNumber && (named.year !== year || named.issueNumber !== issueNumber)) {
    result.notes.push(`文件名为${issueLabel(named)}，封面为${issueLabel({ year, issueNumber })}：按文件名记`)
  }
  const key = { year: named?.year ?? year, issueNumber: named?.issueNumber ?? issueNumber }
  if (key.year && key.issueNumber) {
    const numbered = { year: key.year, issueNumber: key.issueNumber }
    result.label = reading.masthead.totalNumber
      ? issueLabelWithTotal({ ...numbered, totalNumber: reading.masthead.totalNumber })
      : issueLabel(numbered)
  }
  if (!options.payload) {
    result.status = 'read'
    return result
  }
  try {
    const saved = await saveBackIssue(options.payload, {
      file: source.path,
      reading,
      overrides: named ? { year: named.year, issueNumber: named.issueNumber } : {},
    })
    result.status = 'saved'
    result.label = saved.issue.label
    result.entries = saved.entries.length
    for (const entry of saved.entries) result[entry.status]++
    result.notes.push(...saved.notes)
  } catch (error) {
    result.status = error instanceof BackIssueRefusal ? 'refused' : 'failed'
    result.notes.push(error instanceof Error ? error.message : String(error))
  }
  return result
}
