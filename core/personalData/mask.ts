/**
 * One-click de-identification. A mask keeps the first and last characters and stars the
 * rest, keeping the length, so that the reader still sees that a number was there and
 * every other hit's offsets stay valid.
 */
import type { PersonalDataHit } from './kinds'

/** '110105194912310021' → '1****************1'. Two characters or fewer are starred whole. */
export function maskValue(value: string): string {
  if (value.length <= 2) return '*'.repeat(value.length)
  return value[0] + '*'.repeat(value.length - 2) + value[value.length - 1]
}

type HitSpan = Pick<PersonalDataHit, 'start' | 'end' | 'text'>

function assertCurrent(text: string, hit: HitSpan): void {
  if (
    !Number.isInteger(hit.start) ||
    !Number.isInteger(hit.end) ||
    hit.start < 0 ||
    hit.end > text.length ||
    hit.start >= hit.end ||
    text.slice(hit.start, hit.end) !== hit.text
  ) {
    // The text was edited after the scan: masking by stale offsets would star the wrong words.
    throw new RangeError(`检测结果“${hit.text}”与当前正文不一致，请重新检测后再遮盖`)
  }
}

/** `text` with one hit masked. Throws RangeError when the hit no longer matches the text. */
export function maskHit(text: string, hit: HitSpan): string {
  assertCurrent(text, hit)
  return text.slice(0, hit.start) + maskValue(hit.text) + text.slice(hit.end)
}

/**
 * `text` with every hit masked. All hits are checked against the original text first, so
 * one stale hit changes nothing; then they are applied right to left.
 */
export function redact(text: string, hits: readonly HitSpan[]): string {
  for (const hit of hits) assertCurrent(text, hit)
  const ordered = [...hits].sort((a, b) => b.start - a.start || b.end - a.end)
  let result = text
  for (const hit of ordered) {
    result = result.slice(0, hit.start) + maskValue(result.slice(hit.start, hit.end)) + result.slice(hit.end)
  }
  return result
}
