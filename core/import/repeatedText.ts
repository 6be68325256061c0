/**
 * Some pages hold their text twice (a print view and a screen view, or a copy pasted
 * twice), so the copied file repeats whole runs of paragraphs. A later run that repeats
 * an earlier one paragraph for paragraph is dropped. A single repeated paragraph is
 * left alone: documents legitimately repeat short lines (a date, "(各级各部门分别负责)").
 */
import { compact } from './chineseText'

const MIN_RUN_PARAGRAPHS = 3
const MIN_RUN_CHARACTERS = 120
const MAX_CANDIDATES = 4

/**
 * Indexes of the paragraphs that repeat an earlier run, compared without spaces.
 * `texts` is the paragraph list in order.
 */
export function findRepeatedRuns(texts: readonly string[]): Set<number> {
  const keys = texts.map(compact)
  const repeated = new Set<number>()
  // Where each paragraph first occurs; a doubled page repeats from its first copy, so a
  // few earliest occurrences are enough (and keep a file of identical lines linear).
  const firstSeen = new Map<string, number[]>()
  keys.forEach((key, i) => {
    const seen = firstSeen.get(key)
    if (!seen) firstSeen.set(key, [i])
    else if (seen.length < MAX_CANDIDATES) seen.push(i)
  })
  let j = 0
  while (j < keys.length) {
    let best = { length: 0, characters: 0 }
    for (const i of firstSeen.get(keys[j] as string) ?? []) {
      if (i >= j) break
      let length = 0
      let characters = 0
      // The earlier run must end before the later one starts.
      while (i + length < j && j + length < keys.length && keys[i + length] === keys[j + length] && !repeated.has(i + length)) {
        characters += (keys[j + length] as string).length
        length++
      }
      if (length > best.length) best = { length, characters }
    }
    const endsText = j + best.length === keys.length
    if ((best.length >= MIN_RUN_PARAGRAPHS || (endsText && best.length >= 1)) && best.characters >= MIN_RUN_CHARACTERS) {
      for (let k = j; k < j + best.length; k++) repeated.add(k)
      j += best.length
    } else {
      j++
    }
  }
  return repeated
}
