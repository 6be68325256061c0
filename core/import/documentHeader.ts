/**
 * The head of a document, above its addressee: the 版头 ("运城市人民政府办公室文件"),
 * the 发文字号 on a line of its own, and the title, which long titles print over two
 * or three lines and PDF copies pad with spaces ("运城市人民政府办公室 关于印发运城市
 * 2022 年政务公开工作要点的 通 知").
 */
import { parseDocumentNumber } from '../documents/documentNumber'
import { compact, SENTENCE_END, tightenSpacing } from './chineseText'
import { findFirstDate } from './chineseDate'
import { isOrgName, organsInTitle } from './orgNames'
import { startsWithMarker } from './structureMarkers'
import type { DocumentNumberValue, Sourced } from './types'

export type DocumentHeader = {
  masthead?: Sourced<string>
  docNumber?: Sourced<DocumentNumberValue>
  title?: Sourced<string>
  /** Indexes of the lines the header took, to leave out of the body. */
  consumed: Set<number>
}

// Kinds of document a title ends with ("…的通知"), optionally followed by (试行).
const TITLE_ENDING =
  /(?:通知|通告|公告|通报|意见|方案|办法|规定|决定|要点|安排|计划|规划|报告|批复|复函|函|细则|规则|条例|纲要|命令|令|纪要|决议|指引|指南|目录|清单|标准|制度|措施|规程|公报|答复|请示|议案|章程|说明|解读|倡议书|规范|守则|准则|须知)(?:[（(](?:试行|暂行|修订|草案|征求意见稿)[）)])?$/u

/** Whether the text ends the way titles end: with the kind of document (…的通知, …办法（试行）). */
export function endsLikeTitle(text: string): boolean {
  return TITLE_ENDING.test(compact(text))
}

/** The organ named in a 版头 line ("运城市人民政府办公室文件", "中华人民共和国国务院令"), or null. */
export function readMasthead(line: string): string | null {
  const m = /^(.{2,40}?)\s*(?:文件|文电|公报|令)$/u.exec(compact(line))
  const name = m?.[1]?.replace(/^中华人民共和国(?=国务院)/u, '')
  return name && isOrgName(name) ? name : null
}

// The order number under a 令 masthead ("第706号"): its 发文字号 is in the metadata.
const ORDER_NUMBER = /^第\s*\d+\s*号$/u

/** A line that holds a document number and nothing else (a 签发人 may share it). */
export function readDocumentNumberLine(line: string): Sourced<DocumentNumberValue> | null {
  const text = line.trim()
  // "运政办发〔2022〕18号    签发人：张三": the number is the part before the 签发人.
  const candidate = text.replace(/\s*签发人\s*[:：].*$/u, '').trim()
  if (candidate === '' || candidate.length > 30) return null
  const parsed = parseDocumentNumber(candidate)
  if (!parsed.ok) return null
  return { value: { raw: candidate, strict: parsed.strict }, source: text }
}

function isAddressee(line: string): boolean {
  return /[:：]$/u.test(line.trim())
}

/** Whether a line can be (part of) a title: short, no sentence punctuation, not a date, an addressee or a numbered heading. */
function titleLike(line: string): boolean {
  const text = tightenSpacing(line)
  if (text.length < 4 || text.length > 120) return false
  if (SENTENCE_END.test(text) || isAddressee(text) || startsWithMarker(text)) return false
  if (findFirstDate(text)?.raw === text) return false
  return /\p{Script=Han}/u.test(text)
}

/**
 * Reads the header from the first lines that are not metadata or furniture (`skip`).
 * It stops at the first line that cannot belong to a header, so a file without a
 * title yields no title rather than its first paragraph.
 */
/**
 * `blockOf` gives each line's paragraph on a web page; `expectedTitle`, the page
 * metadata's title, guides where a title split over paragraphs ends.
 */
export function readHeader(
  lines: readonly string[],
  skip: ReadonlySet<number>,
  blockOf: readonly number[] = [],
  expectedTitle?: string,
): DocumentHeader {
  const header: DocumentHeader = { consumed: new Set() }
  const candidates: number[] = []
  for (let i = 0; i < lines.length && candidates.length < 12; i++) {
    if (!skip.has(i) && (lines[i] ?? '').trim() !== '') candidates.push(i)
  }
  let k = 0
  const at = (n: number) => lines[candidates[n] ?? -1] ?? ''
  // 版头 and number come before the title (GB/T 9704); some copies put the number after it.
  while (k < candidates.length) {
    const line = at(k)
    const masthead = header.masthead ? null : readMasthead(line)
    const number = header.docNumber ? null : readDocumentNumberLine(line)
    if (masthead) header.masthead = { value: masthead, source: line.trim() }
    else if (number) header.docNumber = number
    else if (!(header.masthead && ORDER_NUMBER.test(compact(line)))) break
    header.consumed.add(candidates[k] as number)
    k++
  }
  if (k >= candidates.length || !titleLike(at(k))) return header
  const titleLines = [at(k)]
  header.consumed.add(candidates[k] as number)
  k++
  // A title split over lines: join the lines of its paragraph (a web page wraps it with
  // <br>), and further lines while the text so far does not end like a title.
  const sameBlock = (n: number) => blockOf.length > 0 && blockOf[candidates[n] ?? -1] === blockOf[candidates[n - 1] ?? -1]
  const expected = expectedTitle === undefined ? '' : compact(expectedTitle)
  const guided = expected !== '' && expected.startsWith(compact(at(k - 1)))
  const continues = (next: string) =>
    sameBlock(k) || (guided ? expected.startsWith(compact(titleLines.join('') + next)) : !endsLikeTitle(titleLines.join('')))
  while (k < candidates.length && titleLines.length < 6 && continues(at(k))) {
    const next = at(k)
    if (!titleLike(next) || readDocumentNumberLine(next) || compact(next).length > 60) break
    // A whole title of its own ("X关于…的通知") after a short line: that line was a site
    // banner or a heading above the title, not the title's first part.
    if (!sameBlock(k) && organsInTitle(compact(next)).length > 0 && endsLikeTitle(next)) titleLines.length = 0
    titleLines.push(next)
    header.consumed.add(candidates[k] as number)
    k++
  }
  header.title = { value: tightenSpacing(titleLines.join(' ')), source: titleLines.map((l) => l.trim()).join('\n') }
  const after = k < candidates.length ? readDocumentNumberLine(at(k)) : null
  if (after && !header.docNumber) {
    header.docNumber = after
    header.consumed.add(candidates[k] as number)
  }
  return header
}
