/**
 * A printed back issue on disk (a PDF, or a folder of page images) read into its
 * entries: the pages from their text layer or by OCR (issuePages.ts), then the pure
 * reader (core/backIssues). The one path the command line and, later, the admin's upload
 * take.
 */
import { readBackIssue, type BackIssueReading, type PageText } from '../../core/backIssues'
import { readIssuePages, type IssuePagesKind, type IssuePagesOptions } from './issuePages'

export type IssueFileReading = BackIssueReading & {
  source: { kind: IssuePagesKind; pages: number; recognised: number; skews: Record<number, number> }
  /** The pages as read, positioned lines and all, the reader's corrections made: where each uncertain character sits (proofSpots.ts). */
  pageTexts: readonly PageText[]
}

export async function readIssueFile(input: string, options: IssuePagesOptions = {}): Promise<IssueFileReading> {
  const pages = await readIssuePages(input, options)
  const reading = readBackIssue(pages.pages, { unreadPages: pages.unread })
  return {
    ...reading,
    source: {
      kind: pages.kind,
      pages: pages.pages.length,
      recognised: pages.pages.filter((page) => page.ocr).length,
      skews: Object.fromEntries(pages.skews),
    },
    pageTexts: reading.texts,
  }
}
