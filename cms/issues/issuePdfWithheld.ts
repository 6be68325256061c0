/**
 * Whether an issue's print PDF may go out with the snapshot. A PDF is the issue as
 * printed, so it still carries every entry's full text after the item stopped being
 * public: it is held back while it prints one. An entry no longer public at all (not
 * withdrawn with a notice) holds it back outright; a withdrawn document holds it back
 * while the PDF still prints its title on a page other than the contents, so the office
 * restores the PDF by publishing a corrected edition (勘误版) without it. Publication
 * refuses a corrected edition that still prints it (publishIssue); this is checked again
 * on every export, since a document may be withdrawn long after its issue was printed.
 */
import type { Payload } from 'payload'

import { uploadPath } from './uploadPath'
import { readPdf } from '../print/pdfReader'
import { titlesPrinted } from '../print/titlesPrinted'
import type { GazetteIssue } from '../../core/snapshot/schema'

export type PdfWithheld = NonNullable<GazetteIssue['pdfWithheld']>

export type PrintedEntries = {
  /** Titles (as last published) of the withdrawn documents the issue prints. */
  withdrawn: string[]
  /** Whether it prints items that are no longer public at all. */
  hidden: boolean
  /** Titles of the entries still public, to tell the PDF's contents pages apart. */
  publicTitles: string[]
}

/** Why the PDF is held back, or null when it may be published. */
export async function issuePdfWithheld(payload: Payload, pdfRef: unknown, entries: PrintedEntries): Promise<PdfWithheld | null> {
  if (entries.hidden) return { withdrawn: entries.withdrawn, hidden: true }
  if (entries.withdrawn.length === 0) return null
  const file = await uploadPath(payload, 'issue-pdfs', pdfRef)
  if (!file) return null
  // A stored print PDF never changes (a new edition is a new file), so one reading serves every build of this process.
  const key = JSON.stringify([file, entries.withdrawn, entries.publicTitles])
  let printed = printedTitles.get(key)
  if (!printed) {
    printed = await withdrawnTitlesPrinted(file, entries)
    if (printedTitles.size >= 200) printedTitles.clear()
    printedTitles.set(key, printed)
  }
  return printed.length > 0 ? { withdrawn: printed, hidden: false } : null
}

const printedTitles = new Map<string, string[]>()

async function withdrawnTitlesPrinted(file: string, entries: PrintedEntries): Promise<string[]> {
  try {
    const { pageTexts } = await readPdf(file)
    return titlesPrinted(pageTexts, entries.withdrawn, entries.publicTitles).map(({ title }) => title)
  } catch {
    // A PDF that cannot be read cannot be shown to be free of the withdrawn text.
    return entries.withdrawn
  }
}
