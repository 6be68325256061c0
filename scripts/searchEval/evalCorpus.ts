/**
 * The corpus the search evaluation builds: the five real sample documents (content/samples)
 * beside a generated gazette of normative documents (scripts/corpus), written as one public
 * snapshot without the CMS.
 */
import { parseDocumentNumber } from '../../core/documents/documentNumber'
import { generateCorpus, type Corpus, type CorpusDocument, type CorpusOrganization } from '../corpus'
import { readSampleDocuments, readSampleOrganizations } from '../lib/samples'

export function evalCorpus(generated: number, seed: number): Corpus {
  const corpus = generateCorpus({ documents: generated, seed })
  const organizations: CorpusOrganization[] = readSampleOrganizations().map((organization) => ({
    key: organization.key,
    name: organization.name,
    shortName: organization.shortName,
    orgCode: organization.orgCode,
    isGovernment: organization.isGovernment,
    issuingCodes: [],
  }))
  const samples: CorpusDocument[] = readSampleDocuments().map((sample) => {
    const parsed = sample.docNumberRaw ? parseDocumentNumber(sample.docNumberRaw) : null
    const publishedDate = sample.publishedDate ?? '2000-01-01'
    return {
      slug: sample.slug,
      title: sample.title,
      docNumberRaw: sample.docNumberRaw,
      docNumber: parsed?.ok ? parsed.strict : null,
      unifiedNumber: null,
      indexNumber: sample.indexNumber,
      kind: sample.kind,
      issuers: sample.issuers,
      // The one sample without a 成文日期 is dated by its publication, as the seed does.
      writtenDate: sample.writtenDate ?? publishedDate,
      publishedDate,
      effectiveDate: sample.effectiveDate,
      expiresOn: sample.expiresOn,
      repealedOn: sample.repealedOn,
      interpretationBody: sample.interpretationBody,
      disclosure: 'proactive',
      subject: sample.subject,
      keywords: sample.keywords,
      aliases: sample.aliases ?? [],
      body: sample.body,
    }
  })
  return {
    ...corpus,
    organizations: [...corpus.organizations, ...organizations.filter((o) => !corpus.organizations.some((known) => known.key === o.key))],
    documents: [...corpus.documents, ...samples],
  }
}
