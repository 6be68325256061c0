/** Reads the committed sample content (content/samples/): organisations and documents. */
import fs from 'node:fs'
import path from 'node:path'

import type { DisclosureAttribute } from '../../core/documents/disclosure'
import type { BuiltInDocumentKind } from '../../core/documents/documentKinds'
import type { InterpretationForm } from '../../core/interpretations/interpretationForms'
import { repoRoot } from '../../core/paths'

export const samplesDir = path.join(repoRoot, 'content', 'samples')

export type SampleOrganization = {
  key: string
  name: string
  shortName: string | null
  orgCode: string | null
  /** A government or its office: its rules and normative documents must name an interpretation body. */
  isGovernment: boolean
  issuingCodes: string[]
}

export type SampleDocument = {
  slug: string
  title: string
  docNumberRaw: string | null
  kind: BuiltInDocumentKind
  issuers: string[]
  /** null where the source prints none (seed 004). */
  writtenDate: string | null
  publishedDate: string | null
  effectiveDate: string | null
  expiresOn: string | null
  repealedOn: string | null
  interpretationBody: string | null
  disclosure: DisclosureAttribute
  indexNumber: string | null
  subject: string | null
  keywords: string[]
  /** 简称 and 曾用名 readers search by; absent when the sample has none. */
  aliases?: Array<{ name: string; kind: 'short' | 'former' }>
  /** The body in the samples' text format (see content/samples/README.md). */
  body: string
}

export function readSampleOrganizations(dir = samplesDir): SampleOrganization[] {
  return JSON.parse(fs.readFileSync(path.join(dir, 'organizations.json'), 'utf8')) as SampleOrganization[]
}

export function readSampleDocuments(dir = samplesDir): SampleDocument[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'organizations.json')
    .sort()
    .map((name) => {
      const meta = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Omit<SampleDocument, 'body'>
      const body = fs.readFileSync(path.join(dir, name.replace(/\.json$/, '.md')), 'utf8')
      return { ...meta, body }
    })
}

export type SampleInterpretation = {
  slug: string
  title: string
  form: InterpretationForm
  /** Slugs of the sample documents it explains. */
  documents: string[]
  interpretationBody: string
  publishedDate: string
  disclosure: DisclosureAttribute
  body: string
}

export function readSampleInterpretations(dir = samplesDir): SampleInterpretation[] {
  const folder = path.join(dir, 'interpretations')
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const meta = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Omit<SampleInterpretation, 'body'>
      return { ...meta, body: fs.readFileSync(path.join(folder, name.replace(/\.json$/, '.md')), 'utf8') }
    })
}
