/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, fields with a
 * comma, quote or line break quoted with quotes doubled. A UTF-8 byte order mark leads,
 * or Excel opens the file as the local ANSI code page and garbles the Chinese.
 */

const BOM = '\uFEFF'

// A cell starting like a formula is run as one by spreadsheets (CSV injection); an
// apostrophe makes it text. Tab and carriage return can start one too.
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string | null): string {
  const text = value === null ? '' : FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvFile(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | null>>): string {
  return BOM + [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')
}
