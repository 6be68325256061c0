/**
 * Real wording for generated bodies: the paragraphs and section headings of the sample
 * documents (content/samples/), re-placed in the generated city and year so that the
 * text reads like the documents a gazette prints.
 */
import { readSampleDocuments, samplesDir } from '../lib/samples'

export type ParagraphPool = {
  /** Running-text paragraphs long enough to stand alone. */
  paragraphs: string[]
  /** Section headings without their numbering (一、 （一）). */
  headings: string[]
}

// Addressee lines, signatures and page furniture belong to their own document only.
const OWN_DOCUMENT_ONLY = /此件公开发布|抄送|印发$|印发。|负责解读|[:：]$/u

export function readParagraphPool(dir = samplesDir): ParagraphPool {
  const paragraphs: string[] = []
  const headings: string[] = []
  for (const sample of readSampleDocuments(dir)) {
    for (const chunk of sample.body.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
      const text = chunk.trim()
      const heading = /^#{2,4} +(.*)$/su.exec(text)
      if (heading?.[1]) {
        const name = heading[1].replace(/^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]/u, '').trim()
        // Titles of attached texts (运城市2022年政务公开工作要点) are not section headings.
        if (name.length >= 4 && name.length <= 24 && !/\d{4}年|意见$|方案$|要点$|通知$/u.test(name)) headings.push(name)
      } else if (!text.startsWith('>> ') && [...text].length >= 40 && !OWN_DOCUMENT_ONLY.test(text)) {
        paragraphs.push(text.replace(/\n/g, ''))
      }
    }
  }
  return { paragraphs, headings }
}

const SAMPLE_PLACES = /(?:运城|锦州|常州)市?|集贤县?|钟楼区?/gu

/** A sample paragraph as if written by this place in this year. */
export function localize(text: string, place: string, year: number): string {
  return text.replace(SAMPLE_PLACES, place).replace(/(?:19|20)\d{2}(?=年)/gu, String(year))
}
