/**
 * Which objects are whole snapshot files as a reader for fingerprints parsed them, and a digest of each
 * file's text. A parsed record is a pure function of that text and of the code that parses
 * it (the schema, in the global fingerprint), so a page fingerprint may hash the digest
 * instead of walking the record (at 30,000 documents the fingerprints took 17 s with every
 * document's body serialised, 10–11 s with its digest). A page must not change a record it
 * reads: the reader hands the same object to every page that reads the file.
 */
import { createHash } from 'node:crypto'

const digests = new WeakMap<object, string>()

/** Remembers that `record` was parsed from `text`; returns the record. */
export function rememberRecordText<T extends object>(record: T, text: string): T {
  digests.set(record, createHash('sha256').update(text).digest('hex'))
  return record
}

/** The digest of the file `value` was parsed from, when it is a whole snapshot record. */
export function recordDigest(value: object): string | undefined {
  return digests.get(value)
}
