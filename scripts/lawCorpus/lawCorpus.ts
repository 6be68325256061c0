/**
 * LawRefBook files as a gazette's corpus (scripts/corpus/types.ts), so that the generated
 * corpus's snapshot writer (writeCorpusSnapshot → core/snapshot/assembleSnapshot.ts) turns
 * them into a public snapshot: title, kind, issuer, dates and number as the files state them
 * (lawFacts.ts; also a number printed under an interpretation's title), the text with its
 * headings, and nothing else (no 简称, keywords or subject). A law split into parts (民法典's
 * books) becomes one document. Several texts of one law (民事诉讼法 2021 and 2023) stay separate
 * documents, each older one replaced by the next from the day that takes effect, so a search
 * sees the text in force beside the old ones.
 */
import { createHash } from 'node:crypto'

import type { Corpus, CorpusDocument, CorpusOrganization, CorpusRelation } from '../corpus'
import { bodyNumber, fileNameDate, lawFacts } from './lawFacts'
import type { LawFixture } from './lawFixture'
import { lawKind, sourceKind } from './lawKinds'
import { bodyText, parseLawFile, type LawFile } from './parseLawFile'

export type LawCorpus = {
  corpus: Corpus
  /** Document slug by source key: the file's path, or the folder of a law split into parts (民法典). */
  slugs: Map<string, string>
  /** Files left out, with why. */
  skipped: Array<{ path: string; reason: string }>
}

/** 民法典's books in the code's order (the source has one file each, named by the book). */
const BOOK_ORDER = ['总则', '物权编', '合同编', '人格权编', '婚姻家庭编', '继承编', '侵权责任编', '附则']

const hash = (text: string, length: number) => createHash('sha1').update(text).digest('hex').slice(0, length)
export const lawSlug = (key: string): string => `law-${hash(key, 12)}`
const orgKey = (name: string) => `org-${hash(name, 10)}`

type Source = { key: string; path: string; file: LawFile; parts: LawFile[] }

export function lawCorpus(fixture: LawFixture): LawCorpus {
  const skipped: LawCorpus['skipped'] = []
  const sources: Source[] = []
  const partsOf = new Map<string, Source>()
  for (const { path, text } of fixture.files) {
    let file: LawFile
    try {
      file = parseLawFile(text)
    } catch (error) {
      skipped.push({ path, reason: (error as Error).message })
      continue
    }
    if (file.subtitle === null) {
      sources.push({ key: path, path, file, parts: [] })
      continue
    }
    const folder = path.slice(0, path.lastIndexOf('/'))
    const whole = partsOf.get(folder)
    if (whole) whole.parts.push(file)
    else {
      const source = { key: folder, path, file, parts: [file] }
      partsOf.set(folder, source)
      sources.push(source)
    }
  }

  const organizations = new Map<string, CorpusOrganization>()
  const organization = (name: string) => {
    const key = orgKey(name)
    if (!organizations.has(key))
      organizations.set(key, { key, name, shortName: null, orgCode: null, isGovernment: false, issuingCodes: [] })
    return key
  }
  const documents: Array<CorpusDocument & { group: string }> = []
  const slugs = new Map<string, string>()
  for (const source of sources) {
    const infoLines = source.parts.length > 0 ? [...new Set(source.parts.flatMap((part) => part.infoLines))] : source.file.infoLines
    const facts = lawFacts(infoLines, fileNameDate(source.path), source.file.title)
    if (!facts) {
      skipped.push({ path: source.key, reason: '文件未载明日期' })
      continue
    }
    const issuers = facts.issuers.length > 0 ? facts.issuers : fallbackIssuers(source.path, source.file.title)
    if (issuers.length === 0) {
      skipped.push({ path: source.key, reason: '文件未载明制定机关' })
      continue
    }
    const slug = lawSlug(source.key)
    slugs.set(source.key, slug)
    const body = source.parts.length > 0 ? bookText(source.parts) : bodyText(source.file.markdown)
    const number = facts.docNumberRaw ? facts : (bodyNumber(body) ?? facts)
    documents.push({
      group: `${sourceKind(source.path)}|${source.file.title}`,
      slug,
      title: source.file.title,
      docNumberRaw: number.docNumberRaw,
      docNumber: number.docNumber,
      unifiedNumber: null,
      indexNumber: null,
      kind: lawKind(source.path),
      issuers: issuers.map(organization),
      writtenDate: facts.writtenDate,
      publishedDate: facts.publishedDate,
      effectiveDate: facts.effectiveDate,
      expiresOn: null,
      repealedOn: null,
      interpretationBody: null,
      disclosure: 'proactive',
      subject: null,
      keywords: [],
      aliases: [],
      body,
    })
  }
  documents.sort((a, b) => a.publishedDate.localeCompare(b.publishedDate) || a.slug.localeCompare(b.slug))
  return {
    corpus: {
      // Not generated: nothing to seed.
      seed: 0,
      organizations: [...organizations.values()],
      documents: documents.map(({ group: _group, ...document }) => document),
      relations: versionRelations(documents),
      interpretations: [],
    },
    slugs,
    skipped,
  }
}

/**
 * Who issued a text whose lines name no one, from what the source itself says elsewhere: a
 * title that starts with the court or procuratorate, the department folder of a 部门规章,
 * and 行政法规, which only the State Council makes (立法法 第七十二条). Titles that join the two
 * with a space (最高人民法院 最高人民检察院关于…) give the first only.
 */
function fallbackIssuers(filePath: string, title: string): string[] {
  const named = /^((?:最高人民法院|最高人民检察院)(?:、(?:最高人民法院|最高人民检察院))?)/.exec(title)?.[1]
  if (named) return named.split('、')
  const [top, department, rest] = filePath.split('/')
  if (top === '部门规章' && department && rest) return [department]
  if (top === '行政法规') return ['国务院']
  return []
}

/** A law in parts as one text, each book under a heading of its own name and its chapters below it. */
function bookText(parts: LawFile[]): string {
  const rank = (part: LawFile) => {
    const index = BOOK_ORDER.indexOf(part.subtitle ?? '')
    return index < 0 ? BOOK_ORDER.length : index
  }
  return [...parts]
    .sort((a, b) => rank(a) - rank(b))
    .map((part) => `## ${part.subtitle}\n\n${bodyText(part.markdown, true)}`)
    .join('\n\n')
}

/** Each older text of a law replaced by the next one, from the day the next takes effect. */
function versionRelations(documents: ReadonlyArray<CorpusDocument & { group: string }>): CorpusRelation[] {
  const groups = new Map<string, Array<CorpusDocument & { group: string }>>()
  for (const document of documents) groups.set(document.group, [...(groups.get(document.group) ?? []), document])
  const relations: CorpusRelation[] = []
  for (const texts of groups.values()) {
    // documents are sorted oldest first; texts of the same day are not told apart.
    for (let index = 1; index < texts.length; index++) {
      const older = texts[index - 1] as CorpusDocument
      const newer = texts[index] as CorpusDocument
      if (newer.publishedDate === older.publishedDate) continue
      const date = newer.effectiveDate ?? newer.publishedDate
      relations.push({
        kind: 'replaces',
        from: newer.slug,
        to: older.slug,
        date: date < (older.effectiveDate ?? '') ? newer.publishedDate : date,
      })
    }
  }
  return relations
}
