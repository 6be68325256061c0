/** What became of one entry of a back issue when it was saved: the command's progress line and the report read it. */
import type { IssueItemCollection } from '../issues/issueEntryRefs'

export type SavedEntryStatus =
  /** A new draft. */
  | 'created'
  /** The draft of an earlier import (or of this issue's entry) updated. */
  | 'updated'
  /** Already published: left as it is, still placed in the issue. */
  | 'published'

export type SavedEntry = {
  /** 1-based, in print order. */
  position: number
  collection: IssueItemCollection
  id: number
  title: string
  docNumber: string | null
  section: string | null
  firstPage: number
  lastPage: number
  ocr: boolean
  status: SavedEntryStatus
  /** What to check, in Chinese: for a document also its 导入报告; an interpretation has no such field, so only here. */
  notes: string[]
}
