/**
 * Repairs a font's ToUnicode CMap so that text copied or searched in the PDF reads
 * 人民, not the radical look-alikes ⼈⺠ that Chromium writes for Noto CJK (see
 * cjkRadicals.ts). The CMap is parsed into code → text pairs, fixed, and written
 * back as bfchar entries; a CMap with nothing to fix is left alone.
 */
import { unifyRadicals } from './cjkRadicals'

const hex = /<([0-9A-Fa-f]*)>/g

export function repairToUnicodeCMap(cmap: string): string | null {
  const codespace = /\d+\s+begincodespacerange[\s\S]*?endcodespacerange/.exec(cmap)?.[0]
  if (!codespace) return null
  const mappings = parseMappings(cmap)
  if (mappings === null) return null
  let changed = false
  const repaired = mappings.map(([code, text]) => {
    const unified = unifyRadicals(text)
    if (unified !== text) changed = true
    return [code, unified] as const
  })
  if (!changed) return null
  const blocks: string[] = []
  for (let start = 0; start < repaired.length; start += 100) {
    const chunk = repaired.slice(start, start + 100)
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([code, text]) => `<${code}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`)
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo',
    '<<  /Registry (Adobe)',
    '/Ordering (UCS)',
    '/Supplement 0',
    '>> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    codespace,
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
    '',
  ].join('\n')
}

/** Code (as hex) → text pairs; null when the CMap has a form this parser does not know. */
function parseMappings(cmap: string): Array<[string, string]> | null {
  const pairs: Array<[string, string]> = []
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    const values = [...(section[1] ?? '').matchAll(hex)].map((match) => match[1] ?? '')
    if (values.length % 2 !== 0) return null
    for (let index = 0; index < values.length; index += 2) pairs.push([values[index] ?? '', fromUtf16Hex(values[index + 1] ?? '')])
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of (section[1] ?? '').split('\n')) {
      if (line.trim() === '') continue
      const array = /\[([^\]]*)\]/.exec(line)
      const values = [...line.replace(/\[[^\]]*\]/, '').matchAll(hex)].map((match) => match[1] ?? '')
      const [low, high, target] = values
      if (low === undefined || high === undefined) return null
      const from = Number.parseInt(low, 16)
      const to = Number.parseInt(high, 16)
      const targets = array ? [...(array[1] ?? '').matchAll(hex)].map((match) => fromUtf16Hex(match[1] ?? '')) : null
      if (!targets && target === undefined) return null
      for (let code = from; code <= to; code++) {
        const text = targets ? targets[code - from] : increment(fromUtf16Hex(target ?? ''), code - from)
        if (text === undefined) return null
        pairs.push([code.toString(16).toUpperCase().padStart(low.length, '0'), text])
      }
    }
  }
  return pairs
}

function fromUtf16Hex(value: string): string {
  let text = ''
  for (let index = 0; index + 4 <= value.length; index += 4) text += String.fromCharCode(Number.parseInt(value.slice(index, index + 4), 16))
  return text
}

function utf16Hex(text: string): string {
  let out = ''
  for (let index = 0; index < text.length; index++) out += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')
  return out
}

/** bfrange: each code in the range maps to the start text with its last unit advanced. */
function increment(text: string, by: number): string {
  if (text === '') return text
  return text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) + by)
}
