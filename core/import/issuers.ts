/**
 * The issuing organs, from every place a file prints them: the signature (authoritative,
 * and in the order of a joint document), the title ("X关于…"), the 版头 and the page
 * metadata (发布机构). Spellings of one organ are merged under its fullest name; an organ
 * the title or 版头 names but the signature does not is a doubt for the editor.
 */
import { type Metadata, metadataValue } from './metadataFields'
import { fullerName, organsInTitle, sameOrganization, splitOrgNames } from './orgNames'
import type { SignatureBlock } from './signatureBlock'
import type { ExtractedIssuer, IssuerOrigin, Sourced } from './types'

export type IssuerCandidate = { name: string; source: string; origin: IssuerOrigin }

const ORIGIN_LABELS: Record<IssuerOrigin, string> = { signature: '落款', title: '标题', masthead: '版头', metadata: '网页元数据' }

/**
 * Merges the candidates into the issuer list. The first origin present in the order
 * signature, title, masthead, metadata sets the list; the others only add spellings.
 * `informationSource` (信息来源) may only supply a fuller spelling, never a new organ.
 */
export function mergeIssuers(
  candidates: readonly IssuerCandidate[],
  informationSource: IssuerCandidate[] = [],
): { issuers: ExtractedIssuer[]; doubts: string[] } {
  const order: IssuerOrigin[] = ['signature', 'title', 'masthead', 'metadata']
  const leading = order.find((origin) => candidates.some((c) => c.origin === origin))
  const issuers: ExtractedIssuer[] = []
  const doubts: string[] = []
  if (!leading) return { issuers, doubts }
  for (const c of candidates.filter((c) => c.origin === leading)) {
    if (!issuers.some((i) => i.value === c.name)) issuers.push({ value: c.name, source: c.source, origin: c.origin, alsoPrintedAs: [] })
  }
  const others = [...candidates.filter((c) => c.origin !== leading), ...informationSource]
  for (const c of others) {
    const match = issuers.find((i) => sameOrganization(i.value, c.name))
    if (match) {
      const fuller = fullerName(match.value, c.name)
      const spellings = new Set([...match.alsoPrintedAs, match.value, c.name])
      spellings.delete(fuller)
      if (fuller !== match.value) {
        match.value = fuller
        match.source = c.source
        match.origin = c.origin
      }
      match.alsoPrintedAs = [...spellings]
    } else if (!informationSource.includes(c)) {
      doubts.push(`${ORIGIN_LABELS[c.origin]}中的发文机关“${c.name}”与${ORIGIN_LABELS[leading]}不一致`)
    }
  }
  return { issuers, doubts }
}

/** Every printed name of an issuing organ: signature, title, 版头, and the page's 发布机构. */
export function issuerCandidates(
  title: Sourced<string> | undefined,
  masthead: Sourced<string> | undefined,
  signature: SignatureBlock | undefined,
  metadata: Metadata,
): IssuerCandidate[] {
  const candidates: IssuerCandidate[] = []
  for (const organ of signature?.organs ?? []) candidates.push({ name: organ.name, source: organ.source, origin: 'signature' })
  if (title) for (const name of organsInTitle(title.value)) candidates.push({ name, source: title.source, origin: 'title' })
  if (masthead)
    for (const name of splitOrgNames(masthead.value) ?? [masthead.value])
      candidates.push({ name, source: masthead.source, origin: 'masthead' })
  for (const field of metadata.values.filter((v) => v.key === 'issuer')) {
    for (const name of splitOrgNames(field.value) ?? []) candidates.push({ name, source: field.source, origin: 'metadata' })
  }
  return candidates
}

/** The page's 信息来源, which may only supply a fuller spelling of an issuer. */
export function informationSourceCandidates(metadata: Metadata): IssuerCandidate[] {
  const field = metadataValue(metadata, 'informationSource')
  const names = field ? (splitOrgNames(field.value) ?? []) : []
  return field ? names.map((name) => ({ name, source: field.source, origin: 'metadata' })) : []
}
