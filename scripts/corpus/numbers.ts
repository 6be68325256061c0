/**
 * Numbers as an office hands them out: serials per code and year in order of writing
 * (with the odd gap: not everything numbered is published in the gazette), rule orders
 * counted over the years, 索引号 per organisation code and year. The printed 发文字号
 * is sometimes typed with other brackets or a padded serial, as real archives are.
 */
import { parseDocumentNumber } from '../../core/documents/documentNumber'
import { defaultIndexNumberPattern, formatIndexNumber } from '../../core/documents/indexNumber'
import type { Random } from './random'

export type NumberAllocator = {
  docNumber: (code: string, year: number) => { raw: string; strict: string }
  order: (government: string) => { raw: string; strict: string }
  unifiedNumber: (code: string, year: number) => string
  indexNumber: (orgCode: string, day: string) => string
}

export function numberAllocator(random: Random): NumberAllocator {
  const counters = new Map<string, number>()
  const next = (series: string) => {
    // About one number in twenty goes to something the gazette does not print.
    const serial = (counters.get(series) ?? 0) + (random.chance(0.05) ? 2 : 1)
    counters.set(series, serial)
    return serial
  }
  const strictOf = (raw: string) => {
    const parsed = parseDocumentNumber(raw)
    if (!parsed.ok) throw new Error(`generated an invalid 发文字号 ${raw}: ${parsed.reason}`)
    return parsed.strict
  }
  return {
    docNumber: (code, year) => {
      const serial = next(`doc:${code}:${year}`)
      const roll = random.next()
      const raw =
        roll < 0.8
          ? `${code}〔${year}〕${serial}号`
          : roll < 0.92
            ? `${code}[${year}]${serial}号`
            : roll < 0.97
              ? `${code}（${year}）第${String(serial).padStart(3, '0')}号`
              : `${code} 〔${year}〕 ${serial} 号`
      return { raw, strict: strictOf(raw) }
    },
    order: (government) => {
      const raw = `${government}令第${next(`order:${government}`)}号`
      return { raw, strict: strictOf(raw) }
    },
    unifiedNumber: (code, year) => `${code}〔${year}〕${next(`unified:${code}:${year}`)}号`,
    indexNumber: (orgCode, day) =>
      formatIndexNumber(defaultIndexNumberPattern, { orgCode, date: day, serial: next(`index:${orgCode}:${day.slice(0, 4)}`) }),
  }
}
