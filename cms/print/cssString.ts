/**
 * A CSS string literal for data placed in a stylesheet (the running head's text in
 * `content: …`). Anything but letters, digits, CJK text and plain spaces is written
 * as a hex escape, so quotes, backslashes, newlines and `</style>` cannot end the
 * string or the style element.
 */
export function cssString(text: string): string {
  let out = '"'
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const safe = /[\p{L}\p{N} ]/u.test(char) && char !== '\\'
    out += safe ? char : `\\${code.toString(16)} `
  }
  return `${out}"`
}
