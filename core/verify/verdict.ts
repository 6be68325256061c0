/**
 * The answer a reader gets for a file (issue 20), by the file's SHA-256, in one Chinese
 * sentence, the same in the CLI and on the /verify/ page:
 * - unchanged: the file belongs to its item's latest entry, it is what the site shows now;
 * - superseded: it was published, and a later entry of the item no longer has it;
 * - withdrawn: it was published, and the item's latest entry withdraws the item;
 * - unknown: no entry of the log has it.
 * An entry's `date` is the item's own public date (a document's publication date stays the
 * same through its updates), so the day a later version replaced a file is the day of the
 * build that logged it: pass the batch headers to name it, else the sentence names none.
 * Records are trusted as given: check them first (checkRecord).
 */
import { toCalendarDate } from '../calendar/calendarDate'
import type { BatchHeader } from './batches'
import { itemKey, type LoggedItem, type LogEntry } from './entries'
import { itemAddress } from './itemAddress'
import type { LookupRecord } from './lookup'

export type VerdictKind = 'unchanged' | 'superseded' | 'withdrawn' | 'unknown'

export type Verdict = { kind: VerdictKind; sentence: string; entry?: LogEntry }

const TYPE_NAMES: Record<LoggedItem['type'], string> = { document: '文件', interpretation: '政策解读', issue: '公报' }

function itemName(item: LoggedItem): string {
  return `${TYPE_NAMES[item.type]} ${itemAddress(item)}`
}

function publishedAs(entry: LogEntry): string {
  return `此文件于 ${entry.date} 发布（${itemName(entry.item)}，第 ${entry.version} 版）`
}

/** The day (in the gazette's time zone) of the build whose batch holds entry `seq`, if the headers say. */
function loggedOn(seq: number, headers: BatchHeader[]): string | undefined {
  const header = headers.find((candidate) => seq >= candidate.firstSeq && seq < candidate.firstSeq + candidate.count)
  if (!header) return undefined
  try {
    return toCalendarDate(header.builtAt)
  } catch {
    return undefined
  }
}

/**
 * The verdict for the file whose SHA-256 is `fileHash`, from every lookup record under that
 * hash and `itemHistory`, every entry of the matched item (its item lookup key's records).
 * `headers`, when given, date a replacement by the build that logged it.
 */
export function verdict(fileHash: string, records: LookupRecord[], itemHistory: LogEntry[], headers: BatchHeader[] = []): Verdict {
  const hash = fileHash.toLowerCase()
  const holding = records.map((record) => record.entry).filter((entry) => entry.files.some((file) => file.sha256 === hash))
  const historyKey = itemHistory[0] ? itemKey(itemHistory[0].item) : undefined
  const newest = holding.reduce<LogEntry | undefined>((a, b) => (!a || b.seq > a.seq ? b : a), undefined)
  if (!newest) return { kind: 'unknown', sentence: '从未发布：日志中没有与此文件一致的发布记录。' }

  const key = historyKey && holding.some((entry) => itemKey(entry.item) === historyKey) ? historyKey : itemKey(newest.item)
  const bySeq = new Map<number, LogEntry>()
  for (const entry of [...itemHistory, ...holding]) if (itemKey(entry.item) === key) bySeq.set(entry.seq, entry)
  const history = [...bySeq.values()].sort((a, b) => a.seq - b.seq)
  const latest = history[history.length - 1] as LogEntry
  const entry = history.filter((candidate) => candidate.files.some((file) => file.sha256 === hash)).pop() as LogEntry

  if (entry === latest) {
    if (entry.kind === 'withdraw')
      return {
        kind: 'unchanged',
        sentence: `未改动：此文件是${itemName(entry.item)}的撤回公告（于 ${entry.date} 撤回，日志第 ${entry.seq} 条），是现行公开版本。`,
        entry,
      }
    return { kind: 'unchanged', sentence: `未改动：${publishedAs(entry)}，是现行公开版本。`, entry }
  }
  if (latest.kind === 'withdraw')
    return {
      kind: 'withdrawn',
      sentence: `已撤回：${publishedAs(entry)}，该${TYPE_NAMES[entry.item.type]}已于 ${latest.date} 撤回。`,
      entry,
    }
  const next = history.find((candidate) => candidate.seq > entry.seq) as LogEntry
  const day = loggedOn(next.seq, headers)
  return {
    kind: 'superseded',
    sentence: `已被更新：${publishedAs(entry)}，${day ? `于 ${day} ` : '此后'}被新版本取代，现行公开版本为第 ${latest.version} 版，此文件不是现行公开版本。`,
    entry,
  }
}
