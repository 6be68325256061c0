/** Display formats of the public pages only (a day's Chinese form is core/display/chineseDate.ts). Inputs are validated snapshot values. */

/** The year of a calendar day, as search filters and lists group by it. */
export function yearOf(isoDay: string): string {
  return isoDay.slice(0, 4)
}

const KB = 1024
const MB = 1024 * KB

/** 609 → '609 B', 15360 → '15 KB', 2621440 → '2.5 MB'. */
export function formatFileSize(bytes: number): string {
  if (bytes < KB) return `${bytes} B`
  if (bytes < MB) return `${trimmed(bytes / KB)} KB`
  return `${trimmed(bytes / MB)} MB`
}

// One decimal below 10 (1.5 KB), none above (15 KB): enough to compare downloads.
function trimmed(value: number): string {
  return value < 10 ? String(Math.round(value * 10) / 10) : String(Math.round(value))
}
