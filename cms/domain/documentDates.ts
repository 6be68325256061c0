/**
 * The order a document's dates must keep. Works on calendar days (YYYY-MM-DD), which
 * compare correctly as strings. Returns every broken rule, tied to the field the
 * editor should correct.
 */
export type DocumentDates = {
  /** 成文日期 */
  writtenDate?: string | null
  /** 发布日期 */
  publishedDate?: string | null
  /** 施行日期 */
  effectiveDate?: string | null
  /** 有效期至 */
  expiresOn?: string | null
  /** 废止日期 */
  repealedOn?: string | null
}

export type DateOrderIssue = {
  field: keyof DocumentDates
  code: 'publishedBeforeWritten' | 'effectiveAfterExpiry' | 'repealedBeforeEffective'
}

export function checkDocumentDates(dates: DocumentDates): DateOrderIssue[] {
  const issues: DateOrderIssue[] = []
  const { writtenDate, publishedDate, effectiveDate, expiresOn, repealedOn } = dates
  if (writtenDate && publishedDate && publishedDate < writtenDate) {
    issues.push({ field: 'publishedDate', code: 'publishedBeforeWritten' })
  }
  if (effectiveDate && expiresOn && effectiveDate > expiresOn) {
    issues.push({ field: 'expiresOn', code: 'effectiveAfterExpiry' })
  }
  if (effectiveDate && repealedOn && repealedOn < effectiveDate) {
    issues.push({ field: 'repealedOn', code: 'repealedBeforeEffective' })
  }
  return issues
}
