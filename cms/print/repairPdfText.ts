/**
 * Rewrites the ToUnicode maps of a PDF that Chromium printed (see toUnicodeCMap.ts)
 * as an incremental update: the repaired maps are appended as new versions of their
 * objects with a short cross-reference section, and the original bytes stay as they
 * are. Chromium writes a classic cross-reference table and plain font dictionaries;
 * a PDF in any other shape is returned unchanged.
 */
import { deflateSync, inflateSync } from 'node:zlib'

import { repairToUnicodeCMap } from './toUnicodeCMap'

export function repairPdfText(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1')
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+\d+\s+%%EOF\s*$/.exec(text)
  if (!startxref?.[1] || !trailer?.[1]) return pdf
  const offsets = xrefOffsets(text, Number(startxref[1]))
  if (!offsets) return pdf

  const objects = new Set([...text.matchAll(/\/ToUnicode\s+(\d+)\s+0\s+R/g)].map((match) => Number(match[1])))
  const updates: Array<{ number: number; body: Buffer }> = []
  for (const number of objects) {
    const offset = offsets.get(number)
    if (offset === undefined) continue
    const header = /^\s*\d+\s+0\s+obj\s*<<([\s\S]*?)>>\s*stream\r?\n/.exec(text.slice(offset, offset + 512))
    const length = header?.[1] ? /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(header[1]) : null
    if (!header?.[1] || !length?.[1]) continue
    const flate = /\/Filter\s*\/FlateDecode/.test(header[1])
    if (/\/Filter/.test(header[1]) && !flate) continue
    const start = offset + header[0].length
    const data = pdf.subarray(start, start + Number(length[1]))
    const repaired = repairToUnicodeCMap((flate ? inflateSync(data) : data).toString('latin1'))
    if (repaired !== null) updates.push({ number, body: deflateSync(Buffer.from(repaired, 'latin1')) })
  }
  if (updates.length === 0) return pdf

  const parts: Buffer[] = [pdf, Buffer.from('\n', 'latin1')]
  let position = pdf.length + 1
  const written: Array<{ number: number; offset: number }> = []
  for (const update of updates) {
    const head = Buffer.from(`${update.number} 0 obj\n<</Filter /FlateDecode\n/Length ${update.body.length}>> stream\n`, 'latin1')
    const tail = Buffer.from('\nendstream\nendobj\n', 'latin1')
    written.push({ number: update.number, offset: position })
    parts.push(head, update.body, tail)
    position += head.length + update.body.length + tail.length
  }
  const xref = ['xref', ...written.flatMap((entry) => [`${entry.number} 1`, `${String(entry.offset).padStart(10, '0')} 00000 n `])]
  const previous = trailer[1].replace(/\/Prev\s+\d+/, '').trim()
  parts.push(Buffer.from(`${xref.join('\n')}\ntrailer\n<<${previous}\n/Prev ${startxref[1]}>>\nstartxref\n${position}\n%%EOF\n`, 'latin1'))
  return Buffer.concat(parts)
}

/** Object number → byte offset, from a classic cross-reference table. */
function xrefOffsets(text: string, at: number): Map<number, number> | null {
  const section = /^xref\s+/.exec(text.slice(at, at + 16))
  if (!section) return null
  const offsets = new Map<number, number>()
  const lines = text.slice(at + section[0].length, text.indexOf('trailer', at)).split(/\r?\n|\r/)
  let number = 0
  for (const line of lines) {
    const subsection = /^(\d+)\s+(\d+)\s*$/.exec(line)
    const entry = /^(\d{10})\s+(\d{5})\s+([nf])/.exec(line)
    if (subsection) number = Number(subsection[1])
    else if (entry) {
      if (entry[3] === 'n') offsets.set(number, Number(entry[1]))
      number++
    }
  }
  return offsets
}
