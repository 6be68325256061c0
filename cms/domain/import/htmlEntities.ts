/**
 * HTML character references, for htmlToText. Numeric references cover everything;
 * the named ones are those Chinese government pages actually use.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•',
  times: '×', divide: '÷', copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', sect: '§', para: '¶',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', yen: '¥', permil: '‰', shy: '\u00AD', zwsp: '\u200B',
}

function fromCodePoint(code: number): string {
  // Invalid or control code points become the replacement character, as browsers do.
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD'
  return String.fromCodePoint(code)
}

/** Decodes &amp;, &#20013;, &#x4E2D; and the named references above; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return fromCodePoint(parseInt(ref.slice(2), 16))
    if (ref.startsWith('#')) return fromCodePoint(parseInt(ref.slice(1), 10))
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole
  })
}
