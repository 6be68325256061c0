import { deflateSync, inflateSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { repairPdfText } from '../../cms/print/repairPdfText'
import { repairToUnicodeCMap } from '../../cms/print/toUnicodeCMap'

const cmap = (body: string) => `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
${body}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`

describe('repairToUnicodeCMap', () => {
  it('maps Kangxi and supplement radicals back to the ideographs the glyphs print', () => {
    // ⼈ U+2F08 → 人 U+4EBA, ⺠ U+2EA0 → 民 U+6C11, 运 stays.
    const repaired = repairToUnicodeCMap(cmap('3 beginbfchar\n<01> <2F08>\n<02> <2EA0>\n<03> <8FD0>\nendbfchar'))
    expect(repaired).toContain('1 begincodespacerange\n<00> <FF>\nendcodespacerange')
    expect(repaired).toContain('3 beginbfchar\n<01> <4EBA>\n<02> <6C11>\n<03> <8FD0>\nendbfchar')
  })

  it('reads 胶 back from the glyph Noto Sans CJK SC shares with 㬵', () => {
    const repaired = repairToUnicodeCMap(cmap('2 beginbfchar\n<01> <3B35>\n<02> <6C34>\nendbfchar'))
    expect(repaired).toContain('<01> <80F6>\n<02> <6C34>')
  })

  it('expands ranges, both the incrementing and the array form', () => {
    const repaired = repairToUnicodeCMap(cmap('2 beginbfrange\n<10> <12> <2F00>\n<20> <21> [<2EA0> <0041>]\nendbfrange'))
    // ⼀⼁⼂ → 一丨丶
    expect(repaired).toContain('<10> <4E00>\n<11> <4E28>\n<12> <4E36>\n<20> <6C11>\n<21> <0041>')
  })

  it('leaves a map with nothing to repair, or one it cannot read, alone', () => {
    expect(repairToUnicodeCMap(cmap('1 beginbfchar\n<01> <4EBA>\nendbfchar'))).toBeNull()
    expect(repairToUnicodeCMap(cmap('1 beginbfchar\n<01>\nendbfchar'))).toBeNull()
    expect(repairToUnicodeCMap('not a cmap')).toBeNull()
  })
})

describe('repairPdfText', () => {
  function pdfWithMap(map: string): Buffer {
    const stream = deflateSync(Buffer.from(map, 'latin1'))
    const objects = [
      '1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n',
      '2 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n',
      '3 0 obj\n<</Type /Font /Subtype /Type3 /ToUnicode 4 0 R>>\nendobj\n',
    ]
    let body = '%PDF-1.4\n'
    const offsets: number[] = []
    for (const object of objects) {
      offsets.push(body.length)
      body += object
    }
    offsets.push(body.length)
    const head = Buffer.from(`${body}4 0 obj\n<</Filter /FlateDecode\n/Length ${stream.length}>> stream\n`, 'latin1')
    const afterStream = Buffer.from('\nendstream\nendobj\n', 'latin1')
    const xrefAt = head.length + stream.length + afterStream.length
    const xref = `xref\n0 5\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `).join('\n')}\ntrailer\n<</Size 5\n/Root 1 0 R>>\nstartxref\n${xrefAt}\n%%EOF`
    return Buffer.concat([head, stream, afterStream, Buffer.from(xref, 'latin1')])
  }

  it('appends the repaired map as an incremental update and keeps the original bytes', () => {
    const original = pdfWithMap(cmap('1 beginbfchar\n<01> <2F08>\nendbfchar'))
    const repaired = repairPdfText(original)
    expect(repaired.subarray(0, original.length).equals(original)).toBe(true)
    const update = repaired.subarray(original.length).toString('latin1')
    const match = /\n4 0 obj\n<<\/Filter \/FlateDecode\n\/Length (\d+)>> stream\n/.exec(update)
    expect(match).not.toBeNull()
    const start = original.length + (match?.index ?? 0) + (match?.[0].length ?? 0)
    const stream = repaired.subarray(start, start + Number(match?.[1]))
    expect(inflateSync(stream).toString('latin1')).toContain('<01> <4EBA>')
    // The new cross-reference section points at the new object and back at the old table.
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(update)?.[1])
    expect(repaired.subarray(xrefAt, xrefAt + 4).toString('latin1')).toBe('xref')
    const entry = /xref\n4 1\n(\d{10}) 00000 n /.exec(update)
    expect(repaired.subarray(Number(entry?.[1]), Number(entry?.[1]) + 8).toString('latin1')).toBe('4 0 obj\n')
    expect(update).toMatch(/\/Root 1 0 R\n\/Prev \d+>>/)
  })

  it('returns a PDF with nothing to repair unchanged', () => {
    const clean = pdfWithMap(cmap('1 beginbfchar\n<01> <4EBA>\nendbfchar'))
    expect(repairPdfText(clean)).toBe(clean)
    const notPdf = Buffer.from('hello')
    expect(repairPdfText(notPdf)).toBe(notPdf)
  })
})
