/**
 * The signature (落款): the issuing organ's name, or several for a joint document,
 * right-aligned above the 成文日期 (GB/T 9704-2012 §7.3.5). Further down, the 版记 prints
 * the office that distributed the document with its 印发 date ("运城市人民政府办公室
 * 文书管理科 / 2022年6月30日印发"): laid out the same way, but that office is not an issuer
 * and that date is not the 成文日期.
 */
import { readDateLine } from './chineseDate'
import { splitOrgNames } from './orgNames'
import type { Piece } from './paragraphSplitting'

export type SignatureBlock = {
  kind: 'signature' | 'distribution'
  organs: Array<{ name: string; source: string }>
  date: { value: string; source: string }
  /** Indexes of the pieces the block spans, organs then date. */
  indexes: number[]
}

const MAX_ORGAN_LINES = 6

function organsOf(p: Piece): string[] | null {
  if (p.kind !== 'text' && p.kind !== 'signatureOrg') return null
  // The source keeps the spaces between joint organs ("国务院　中央军委") that the text lost.
  const names = splitOrgNames(p.text)
  const spaced = splitOrgNames(p.source.trim())
  return spaced && spaced.length > (names?.length ?? 0) ? spaced : names
}

/** Every signature and 印发 block among the pieces, in order. */
export function findSignatureBlocks(pieces: readonly Piece[]): SignatureBlock[] {
  const blocks: SignatureBlock[] = []
  const taken = new Set<number>()
  pieces.forEach((p, i) => {
    if (p.kind !== 'text' && p.kind !== 'signatureDate') return
    const date = readDateLine(p.text)
    if (!date) return
    const indexes: number[] = []
    const organs: SignatureBlock['organs'] = []
    for (let j = i - 1; j >= 0 && indexes.length < MAX_ORGAN_LINES && !taken.has(j); j--) {
      const names = organsOf(pieces[j] as Piece)
      if (!names) break
      indexes.unshift(j)
      organs.unshift(...names.map((name) => ({ name, source: (pieces[j] as Piece).source })))
    }
    indexes.push(i)
    indexes.forEach((k) => taken.add(k))
    blocks.push({
      kind: date.suffix === '印发' ? 'distribution' : 'signature',
      organs,
      date: { value: date.value, source: p.source },
      indexes,
    })
  })
  return blocks
}
