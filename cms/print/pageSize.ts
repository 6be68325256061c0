/**
 * Page sizes the engine accepts, with their dimensions: the margins and type size
 * are scaled from GB/T 9704's A4 layout, and the value is written into CSS, so only
 * known names and plain lengths get through.
 */
export type PageGeometry = {
  /** The value for CSS `@page { size: … }`. */
  css: string
  widthMm: number
  heightMm: number
}

const namedSizes: Record<string, [number, number]> = {
  A3: [297, 420],
  A4: [210, 297],
  A5: [148, 210],
  B4: [250, 353],
  B5: [176, 250],
  'JIS-B5': [182, 257],
  // 16开 (大16开), the other common gazette format.
  '16K': [185, 260],
  letter: [215.9, 279.4],
  legal: [215.9, 355.6],
}

const mmPerUnit: Record<string, number> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72, px: 25.4 / 96 }

const lengthPair = /^(\d+(?:\.\d+)?)(mm|cm|in|pt|px)\s+(\d+(?:\.\d+)?)(mm|cm|in|pt|px)$/

export function parsePageSize(value: string): PageGeometry | null {
  const [name, orientation, ...rest] = value.trim().split(/\s+/)
  if (name && rest.length === 0) {
    const key = Object.keys(namedSizes).find((size) => size.toLowerCase() === name.toLowerCase())
    const dims = key ? namedSizes[key] : undefined
    if (dims && (orientation === undefined || orientation === 'portrait' || orientation === 'landscape')) {
      const [w, h] = orientation === 'landscape' ? [dims[1], dims[0]] : dims
      return { css: `${w}mm ${h}mm`, widthMm: w, heightMm: h }
    }
  }
  const match = lengthPair.exec(value.trim())
  if (!match) return null
  const width = round(Number(match[1]) * (mmPerUnit[match[2] ?? ''] ?? Number.NaN))
  const height = round(Number(match[3]) * (mmPerUnit[match[4] ?? ''] ?? Number.NaN))
  // Smaller than A6 or larger than A2 is a typo, not a gazette.
  if (!(width >= 100 && height >= 100 && width <= 600 && height <= 600)) return null
  return { css: `${width}mm ${height}mm`, widthMm: width, heightMm: height }
}

export function isPageSize(value: string): boolean {
  return parsePageSize(value) !== null
}

function round(mm: number): number {
  return Math.round(mm * 100) / 100
}
