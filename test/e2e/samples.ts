/** The sample documents as committed, for tests that check what the site shows of them. */
import { readSampleDocuments, type SampleDocument } from '../../scripts/lib/samples'

export const samples: SampleDocument[] = readSampleDocuments()

export function sampleWithTitleContaining(word: string): SampleDocument {
  const found = samples.filter((sample) => sample.title.includes(word))
  if (found.length !== 1) throw new Error(`expected exactly one sample whose title contains ${word}, found ${found.length}`)
  return found[0] as SampleDocument
}
