/**
 * The 附件说明 after the main text (GB/T 9704-2012 §7.3.4): "附件：1.xxx" with further
 * items on the following lines, or all on one line ("附件：1.xxx 2.yyy"), or a single
 * unnumbered attachment ("附件：xxx").
 */
import { tightenSpacing } from './chineseText'

const FIRST = /^附\s*件\s*[:：]\s*(.*)$/u
const ITEM = /(?:^|\s)\d{1,2}\s*[.．、]\s*/gu
const NEXT_ITEM = /^\d{1,2}\s*[.．、]\s*\S/u

function names(text: string): string[] {
  return text
    .split(ITEM)
    .map((name) => tightenSpacing(name).replace(/[；;。]$/u, ''))
    .filter((name) => name !== '')
}

/** The attachment names and the lines they came from, or null when the text lists none. */
export function findAttachments(lines: readonly string[]): { value: string[]; source: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const m = FIRST.exec((lines[i] ?? '').trim())
    if (!m) continue
    const sourceLines = [(lines[i] ?? '').trim()]
    let text = m[1] ?? ''
    // "附件：1.xxx" then "2.yyy" on the next lines.
    for (let j = i + 1; j < lines.length && NEXT_ITEM.test((lines[j] ?? '').trim()) && (text.trim() === '' || /^\s*\d/u.test(text)); j++) {
      sourceLines.push((lines[j] ?? '').trim())
      text += ` ${(lines[j] ?? '').trim()}`
    }
    const value = names(text)
    if (value.length > 0) return { value, source: sourceLines.join('\n') }
  }
  return null
}
