/**
 * JSON for a `<script type="application/json">` data block. The browser does not decode
 * entities inside a script element, so the text must be raw JSON; `<`, `>`, `&` and the
 * two JavaScript line terminators are written as \u escapes, which JSON.parse reads back
 * unchanged, so no value can close the element, open a comment or start markup.
 * This is the only text the site emits unescaped, and it is never HTML.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
