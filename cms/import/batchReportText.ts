/**
 * The batch report as lines of text, for `npm run import`: the same statuses, reasons
 * and notes the admin's upload box shows, one file after another.
 */
import { type BatchSummary, type ImportFileResult, importStatusLabels, summaryText } from './batchResult'

/** `link`: where the editor opens a draft (the admin's address of the document). */
export function resultLines(result: ImportFileResult, position: string, link: (id: number | string) => string): string[] {
  const label = importStatusLabels[result.status]
  if (result.status === 'refused') {
    const existing = result.existing ? `（${link(result.existing.id)}）` : ''
    return [`${position} ${result.file} → ${label}：${result.reason}${existing}`]
  }
  const number = result.docNumber ? ` ${result.docNumber}` : ''
  return [
    `${position} ${result.file} → ${label}：《${result.title}》${number}  ${link(result.id)}`,
    ...result.notes.map((note) => `    · ${note}`),
  ]
}

export function summaryLine(summary: BatchSummary, seconds: number): string {
  return `完成：${summaryText(summary)}，用时 ${seconds.toFixed(1)} 秒。`
}
