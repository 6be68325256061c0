/**
 * The path of a file inside a .zip, decoded and judged before anything is unpacked.
 * Names are UTF-8 when the archive says so (the UTF-8 flag or Info-ZIP's Unicode path
 * field); otherwise UTF-8 when they read as Chinese in UTF-8 (macOS, Linux) and else
 * GB18030 — what Windows in Chinese writes, where the spec's CP437 would give gibberish. A path
 * that leaves the archive (absolute, a drive letter, a `..` segment) is unsafe and
 * reported; folders, macOS's __MACOSX copies, dot files and Windows' Thumbs.db and
 * desktop.ini are nobody's documents and are passed over without a word.
 */
import yauzl from 'yauzl'

export type EntryPath = { kind: 'file'; path: string } | { kind: 'unsafe'; path: string } | { kind: 'skipped' }

type RawName = Pick<yauzl.Entry, 'generalPurposeBitFlag' | 'fileNameRaw' | 'extraFields'>

const UTF8_FLAG = 0x800
const UNICODE_PATH_FIELD = 0x7075
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini'])

export function decodeEntryName(entry: RawName): string {
  const { generalPurposeBitFlag: flags, fileNameRaw: raw, extraFields } = entry
  const name =
    flags & UTF8_FLAG || extraFields.some((field) => field.id === UNICODE_PATH_FIELD)
      ? yauzl.getFileNameLowLevel(flags, raw, extraFields, false)
      : utf8OrGb18030(raw)
  // Some Windows tools write backslashes, which the spec forbids, as separators.
  return name.replaceAll('\\', '/')
}

export function classifyEntryPath(name: string): EntryPath {
  if (name.endsWith('/')) return { kind: 'skipped' }
  if (yauzl.validateFileName(name) !== null || name.includes('\0')) return { kind: 'unsafe', path: name }
  const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.')
  const last = segments.at(-1)
  if (last === undefined) return { kind: 'skipped' }
  if (segments.some((segment) => segment === '__MACOSX' || segment.startsWith('.')) || SYSTEM_FILES.has(last.toLowerCase())) {
    return { kind: 'skipped' }
  }
  return { kind: 'file', path: segments.join('/') }
}

// ASCII, CJK ideographs and the punctuation Chinese names use (full-width forms, 《》、—…).
// eslint-disable-next-line no-control-regex -- all of ASCII, its control characters included, is meant
const CHINESE_NAME = /^[\x00-\x7f\u2010-\u2027\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]*$/u

function utf8OrGb18030(bytes: Buffer): string {
  let utf8: string
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
  // Chinese in UTF-8 takes three bytes a character. Two-byte characters (Greek, Cyrillic,
  // Hebrew …) in a name are far likelier GB18030 that happens to be valid UTF-8:
  // 通知 is CD A8 D6 AA in both readings.
  if (!/[\u0080-\u07ff]/u.test(utf8)) return utf8
  const gb = new TextDecoder('gb18030').decode(bytes)
  return CHINESE_NAME.test(gb) ? gb : utf8
}
