/**
 * The documents of the corpus, written in date order: who issues (departments most,
 * governments and offices less), what kind (rules only from the city government), on
 * which topic, under which numbers, with which validity dates; then title and body.
 * Newer rules and normative documents sometimes amend, repeal or replace an older one
 * of the same issuer and topic.
 */
import { addDays, addMonthsToDay } from '../../core/calendar/calendarArithmetic'
import type { RelationKind } from '../../core/relations/documentRelations'
import { makeBody } from './bodies'
import { numberAllocator } from './numbers'
import { cityName, type Issuer } from './organizations'
import type { ParagraphPool } from './paragraphs'
import type { Random } from './random'
import { joinTopic, makeTitle } from './titles'
import type { CorpusDocument, CorpusRelation, GeneratedKind } from './types'

export type DocumentOptions = { documents: number; firstDay: string; lastDay: string }

export function generateDocuments(
  random: Random,
  issuers: Issuer[],
  pool: ParagraphPool,
  options: DocumentOptions,
): { documents: CorpusDocument[]; relations: CorpusRelation[] } {
  const numbers = numberAllocator(random)
  const cityGov = issuers.filter((i) => i.level === 'government' && i.place === cityName)
  const cityOffice = issuers.filter((i) => i.level === 'office' && i.place === cityName)
  const countyGovs = issuers.filter((i) => i.level !== 'department' && i.place !== cityName)
  const departments = issuers.filter((i) => i.level === 'department')
  const cityOfficeIssuer = cityOffice[0] as Issuer

  const days = writtenDays(random, options)
  const documents: CorpusDocument[] = []
  const relations: CorpusRelation[] = []
  // Older rules and normative documents a newer one of the same issuer and topic may act on.
  const predecessors = new Map<string, CorpusDocument[]>()

  days.forEach((writtenDate, index) => {
    const roll = random.next()
    const issuer = random.pick(roll < 0.08 ? cityGov : roll < 0.28 ? cityOffice : roll < 0.45 ? countyGovs : departments)
    const kind = kindFor(random, issuer)
    const partner = issuer.level === 'department' && random.chance(0.05) ? random.pick(departments.filter((d) => d !== issuer)) : null
    const issuerList = partner ? [issuer, partner] : [issuer]
    const topic = random.pick(issuer.topics)
    const year = Number(writtenDate.slice(0, 4))
    const publishedDate = addDays(writtenDate, random.int(0, 12))

    const normative = kind !== 'other'
    const effectiveDate = normative ? addDays(publishedDate, random.pick([0, 0, 10, 30, 30])) : random.chance(0.1) ? publishedDate : null
    const expiresOn =
      kind === 'normative-government' || kind === 'normative-department'
        ? addDays(addMonthsToDay(effectiveDate as string, 12 * random.pick([2, 3, 5, 5])), -1)
        : null
    const repealedOn = normative && expiresOn && random.chance(0.01) ? addDays(effectiveDate as string, random.int(100, 600)) : null

    const number =
      kind === 'rule' ? numbers.order(issuer.name) : kind !== 'other' || random.chance(0.9) ? numbers.docNumber(issuer.docCode, year) : null
    const unifiedNumber =
      kind === 'normative-government' || (kind === 'normative-department' && random.chance(0.7))
        ? numbers.unifiedNumber(issuer.unifiedCode, year)
        : null
    const interpreter = interpreterFor(random, kind, issuer, topic.name, departments, cityOfficeIssuer, issuers)
    const title = makeTitle(
      random,
      kind,
      issuerList.map((i) => i.name),
      issuer.place,
      topic,
      year,
    )

    const aliases: CorpusDocument['aliases'] = []
    if (title.shortName && random.chance(0.4)) aliases.push({ name: title.shortName, kind: 'short' })
    if (normative && random.chance(0.03)) aliases.push({ name: `${issuer.place}${joinTopic(topic.name, '暂行办法')}`, kind: 'former' })

    const document: CorpusDocument = {
      slug: `${year}-${String(index + 1).padStart(5, '0')}`,
      title: title.title,
      docNumberRaw: number?.raw ?? null,
      docNumber: number?.strict ?? null,
      unifiedNumber,
      indexNumber: issuer.orgCode ? numbers.indexNumber(issuer.orgCode, publishedDate) : null,
      kind,
      issuers: issuerList.map((i) => i.key),
      writtenDate,
      publishedDate,
      effectiveDate,
      expiresOn,
      repealedOn,
      interpretationBody: interpreter?.key ?? null,
      disclosure: 'proactive',
      subject: topic.subject,
      keywords: [...topic.keywords, ...random.sample(topic.terms, random.int(0, 2))],
      aliases,
      body: makeBody(random, pool, {
        kind,
        title,
        issuerNames: issuerList.map((i) => i.name),
        place: issuer.place,
        topic,
        year,
        writtenDate,
        effectiveDate,
        expiresOn,
        interpreter: interpreter?.shortName ?? interpreter?.name ?? null,
      }),
    }
    documents.push(document)

    if (normative && !repealedOn) {
      const group = `${issuer.key}|${topic.name}|${kind}`
      const older = predecessors.get(group) ?? []
      const target = older.at(-1)
      if (target && target.effectiveDate && effectiveDate && target.effectiveDate <= effectiveDate && random.chance(0.25)) {
        const relationKind: RelationKind = random.pick(['replaces', 'replaces', 'repeals', 'amends', 'amends'])
        relations.push({ kind: relationKind, from: document.slug, to: target.slug, date: effectiveDate })
        // A repealed or replaced document is not acted on again.
        if (relationKind !== 'amends') older.pop()
      }
      older.push(document)
      predecessors.set(group, older)
    }
  })
  return { documents, relations }
}

/** `count` days between firstDay and lastDay, oldest first. */
function writtenDays(random: Random, options: DocumentOptions): string[] {
  const first = Date.parse(`${options.firstDay}T00:00:00Z`)
  const span = Math.round((Date.parse(`${options.lastDay}T00:00:00Z`) - first) / 86_400_000)
  return Array.from({ length: options.documents }, () => random.int(0, span))
    .sort((a, b) => a - b)
    .map((offset) => addDays(options.firstDay, offset))
}

function kindFor(random: Random, issuer: Issuer): GeneratedKind {
  const roll = random.next()
  const isCity = issuer.place === cityName
  if (issuer.level === 'government' && isCity) return roll < 0.2 ? 'rule' : roll < 0.55 ? 'normative-government' : 'other'
  if (issuer.level === 'office') return roll < (isCity ? 0.3 : 0.15) ? 'normative-government' : 'other'
  if (issuer.level === 'government') return roll < 0.15 ? 'normative-government' : 'other'
  return roll < 0.25 ? 'normative-department' : 'other'
}

/**
 * 谁起草、谁解读: a government's rules and normative documents are interpreted by the
 * department that drafted them (or its office); a department interprets its own.
 */
function interpreterFor(
  random: Random,
  kind: GeneratedKind,
  issuer: Issuer,
  topic: string,
  departments: Issuer[],
  cityOffice: Issuer,
  issuers: Issuer[],
): Issuer | null {
  if (kind === 'rule' || kind === 'normative-government') {
    const drafters = issuer.place === cityOffice.place ? departments.filter((d) => d.topics.some((t) => t.name === topic)) : []
    if (drafters.length > 0 && random.chance(0.7)) return random.pick(drafters)
    return issuers.find((i) => i.place === issuer.place && i.level === 'office') ?? cityOffice
  }
  if (kind === 'normative-department') return random.chance(0.8) ? issuer : null
  return null
}
