/**
 * Escapes text for HTML element content and quoted attribute values. Every piece of
 * data that reaches the print layout goes through here: document text is plain text
 * (core/snapshot/schema.ts), never markup, and a title such as 关于<xx>的通知 must print
 * as typed rather than open a tag.
 */
const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => replacements[char] ?? char)
}
