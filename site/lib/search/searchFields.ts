import { formerTitles } from '../../../core/history/formerTitles'
import type { PublicDocument } from '../../../core/snapshot/schema'
import type { SearchFieldName } from './fieldNames'
import { titleCore } from './nameKeys'
import { searchWords } from './segment'

type Source = Pick<PublicDocument, 'title' | 'issuers' | 'docNumber' | 'docNumberRaw' | 'unifiedNumber' | 'aliases' | 'keywords'> &
  Partial<Pick<PublicDocument, 'earlierVersions'>>

/**
 * The hidden Pagefind metadata fields of a document page (see fieldNames.ts). Pagefind reads a
 * metadata value as space-separated words and never segments Chinese in it, so each value is
 * written pre-segmented, in the words the search page's query will be split into.
 */
export function searchFields(document: Source): Record<SearchFieldName, string> {
  const core = titleCore(document.title)
  const issuerNames = document.issuers.flatMap((issuer) => [issuer.name, issuer.shortName ?? ''])
  const numbers = [document.docNumber, document.docNumberRaw, document.unifiedNumber]
  const names = [...document.aliases.map((alias) => alias.name), ...document.keywords]
  const titleWords = words([document.title, core ?? ''])
  // Only the words the title lacks: the rest would match twice and name 曾用标题 for the title now.
  const inTitle = new Set(titleWords.split(' '))
  const former = words(formerTitles([...(document.earlierVersions ?? []), document]))
  return {
    titleWords,
    issuer: words(issuerNames),
    number: words(numbers.map((number) => number ?? '')),
    names: words(names),
    formerTitles: former
      .split(' ')
      .filter((word) => word !== '' && !inTitle.has(word))
      .join(' '),
  }
}

/** Each value's words, each word once: repeating a word adds nothing to a metadata match. */
function words(values: string[]): string {
  return [...new Set(values.flatMap((value) => searchWords(value).split(' ')).filter(Boolean))].join(' ')
}
