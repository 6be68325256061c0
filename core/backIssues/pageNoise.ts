/**
 * Whether a page's text reads as noise rather than as text: OCR of a stain, a photo or a
 * page too faint to read, or a text layer whose fonts map to no real characters. Such a
 * page is reported and left out, never read into a document. Signs: OCR's own low
 * confidence; few characters that Chinese official text is made of (Han, digits, Latin
 * letters, common punctuation); or text scattered in fragments of one or two characters.
 */
import { characters, type PageText } from './pageText'

/** Below this mean word confidence, an OCR'd page is noise. */
const MIN_CONFIDENCE = 45
const MIN_PLAUSIBLE_SHARE = 0.7
const MIN_CHARACTERS = 20

const PLAUSIBLE = /[\p{Script=Han}\p{N}A-Za-z\u3000-\u303f\uff00-\uffef,.;:!?()[\]"'%/\-—…·、“”‘’《》〔〕（）]/u

export type NoiseVerdict = { noise: false } | { noise: true; reason: 'confidence' | 'characters' | 'fragments' }

export function pageNoise(page: PageText): NoiseVerdict {
  const chars = page.lines.flatMap((line) => characters(line.text.replace(/\s+/gu, '')))
  if (chars.length === 0) return { noise: false }
  if (page.ocr && page.meanConfidence !== undefined && page.meanConfidence < MIN_CONFIDENCE) return { noise: true, reason: 'confidence' }
  if (chars.length < MIN_CHARACTERS) return { noise: false }
  const plausible = chars.filter((char) => PLAUSIBLE.test(char)).length
  if (plausible / chars.length < MIN_PLAUSIBLE_SHARE) return { noise: true, reason: 'characters' }
  const lines = page.lines.filter((line) => line.text.trim() !== '')
  const fragments = lines.filter((line) => characters(line.text.replace(/\s+/gu, '')).length <= 2).length
  if (lines.length >= 10 && fragments / lines.length > 0.6) return { noise: true, reason: 'fragments' }
  return { noise: false }
}
