import { contentTypeLabels, TYPE_FILTER } from '../../lib/contentTypes'
import { numberFilterName, type NumberEntry } from '../../lib/numbers/entry'
import { numberPartsOf } from '../../lib/numbers/parts'
import { expandColloquial, type ExpandedQuery } from '../../lib/search/colloquialTerms'
import { compactText, parseQuery, type ParsedQuery } from '../../lib/search/queryPhrases'
import { SEARCH_FIELDS } from '../../lib/search/fieldNames'
import { rerank, type RerankItem } from '../../lib/search/rerank'
import { fillFilterSelects, selectedFilters } from './filterSelects'
import { createNameLookup } from './nameLookup'
import { nameMatchItem } from './nameMatchItem'
import { createNumberLookup, fetchSameOrigin } from './numberLookup'
import { numberMatchItem } from './numberMatchItem'
import {
  loadPagefind,
  type FilterQuery,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSearch,
} from './pagefindApi'
import { resultItem } from './resultItem'
import { isEmpty, readState, stateToSearch, type SearchState } from './searchState'
import { searchFilters } from '../../../core/search/filterNames'
import { validityStatusLabels } from '../../../core/documents/validity'

// Each result on screen costs its Pagefind fragment (about 6 KB with the text): ten keep the
// first query light on a large gazette; the rest come with 显示更多.
const PAGE_SIZE = 10

type Loaded = { result: PagefindResult; data: PagefindResultData }

/** Wires the search page: the form, filters, status line and result list. */
export async function startSearchPage(): Promise<void> {
  const app = document.getElementById('search-app')
  const form = document.querySelector<HTMLFormElement>('form.search-form')
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
  const status = app?.querySelector<HTMLElement>('.search-status')
  const list = app?.querySelector<HTMLOListElement>('.search-results')
  const more = app?.querySelector<HTMLElement>('.more')
  const moreButton = more?.querySelector('button')
  if (!app || !form || !input || !status || !list || !more || !moreButton) return
  const selects = [...app.querySelectorAll<HTMLSelectElement>('select[data-filter]')]

  app.hidden = false
  const initial = readState(location.search)
  input.value = initial.query

  const lookupNumbers = createNumberLookup()
  const lookupNames = createNameLookup(Number(app.dataset.nameShards ?? '0'), fetchSameOrigin)
  /**
   * The documents a query names: in the texts' words where a colloquial part was put in them
   * (老赖 names what 失信被执行人 names), then as typed, since a title or 简称 may itself say
   * 低保 or 物业费. Short names inferred from the typed words are left out then: 消法 was read
   * as a term, not as an abbreviation of 消防法.
   */
  const namesFor = async (text: string, query: ExpandedQuery) => {
    if (query.replaced.length === 0) return lookupNames(query.words)
    const [expanded, asTyped] = await Promise.all([lookupNames(query.words), lookupNames(parseQuery(text).words)])
    const listed = new Set(expanded.map((entry) => entry.url))
    return [...expanded, ...asTyped.filter((entry) => entry.field !== '简称推断' && !listed.has(entry.url))]
  }
  // The name index is fetched while Pagefind loads: the first query waits for neither twice.
  const firstNames = initial.query ? namesFor(initial.query, readQuery(initial.query)) : undefined
  // Pagefind loads while the first query is read; a query that is only a document number
  // found in the number files is answered without it.
  status.textContent = '正在加载检索…'
  const pagefindReady = loadPagefind()
  pagefindReady.catch(() => {})
  const unavailable = (error: unknown) => {
    console.error(error)
    status.textContent = '检索暂时不可用，请稍后再试，或在文件库中浏览全部文件。'
  }
  // The filter counts weigh more than a query on a large gazette (about 190 KB at 10,000
  // documents): they are read first only when the address names a filter, else once the
  // first results are on screen.
  if (Object.keys(initial.filters).length > 0) {
    try {
      fillFilterSelects(selects, await (await pagefindReady).filters(), initial.filters)
    } catch (error) {
      unavailable(error)
      return
    }
  }

  // Each search gets a number; results of a search overtaken by a newer one are dropped.
  let current = 0
  let remaining: PagefindResult[] = []
  let listed = new Set<string>()

  /** The next page of full-text results, without documents already listed as exact matches. */
  const nextPage = async (): Promise<Loaded[]> => {
    const page = remaining.splice(0, PAGE_SIZE)
    const loaded = await Promise.all(page.map(async (result) => ({ result, data: await result.data() })))
    return loaded.filter(({ data }) => !listed.has(data.url))
  }

  const showMore = async (run: number) => {
    const page = await nextPage()
    if (run !== current) return
    list.append(...page.map(({ result, data }) => resultItem(data, result.matchedMetaFields)))
    more.hidden = remaining.length === 0
  }

  const search = async () => {
    const run = ++current
    const state: SearchState = { query: input.value.trim(), filters: selectedFilters(selects) }
    history.replaceState(history.state, '', `${location.pathname}${stateToSearch(state)}`)
    list.replaceChildren()
    delete list.dataset.query
    delete list.dataset.answeredQuery
    more.hidden = true
    if (isEmpty(state)) {
      status.textContent = '请输入关键词，或选择类型、年份、发文机关、文种、有效性。'
      return
    }
    status.textContent = '正在检索…'
    try {
      const query = readQuery(state.query)
      // A typed number or name finds its document first, whatever the words rank; filters do
      // not hide it, except a search for interpretations only, which asked for no document.
      const documentsWanted = state.query !== '' && state.filters[TYPE_FILTER] !== contentTypeLabels.interpretation
      const numbers = documentsWanted ? await lookupNumbers(state.query) : []
      // Nothing but a document number, found: its document is the answer. The number's words
      // (河, 政, 办发, 2022…) are in almost every text, so full text would add noise and, on a
      // large gazette, a megabyte to fetch; typed in quotes, the number is searched in the texts.
      const numberOnly = numbers.length > 0 && numberPartsOf(state.query) !== null
      const namesFound = !documentsWanted ? Promise.resolve([]) : run === 1 && firstNames ? firstNames : namesFor(state.query, query)
      const fullText = numberOnly ? Promise.resolve<PagefindSearch | null>({ results: [] }) : searchFullText(run, state, query, numbers)
      fullText.catch(() => {})
      const names = await namesFound
      if (run !== current) return
      const numberUrls = new Set(numbers.map((entry) => entry.url))
      const nameMatches = names.filter((entry) => !numberUrls.has(entry.url))
      listed = new Set([...numberUrls, ...nameMatches.map((entry) => entry.url)])
      // What the query names is listed first whatever full text finds, so it is shown at once;
      // full text, which may fetch hundreds of kilobytes on a large gazette, follows below it.
      // The status line says 找到 only once the whole first page is there: readers, the
      // benchmark and the tests take it as done.
      const named = [...numbers.map((entry) => numberMatchItem(entry)), ...nameMatches.map((entry) => nameMatchItem(entry))]
      list.append(...named)
      if (named.length > 0 && !numberOnly) {
        status.textContent = `已列出名称或文号一致的 ${named.length} 条，正在检索全文…`
        markShown(list, state.query, 'answered')
      }
      const found = await fullText
      if (run !== current || !found) return
      remaining = [...found.results]
      const total = listed.size + remaining.length
      // Full-text results on the first page are ordered again by what Pagefind cannot see.
      const first = rerank(await nextPage(), ({ data }) => rerankItemOf(data), query)
      if (run !== current) return
      list.append(...first.map(({ result, data }) => resultItem(data, result.matchedMetaFields)))
      more.hidden = remaining.length === 0
      // Announced once the first page is on screen, so the count and the list agree.
      status.textContent =
        (total > 0 ? `找到 ${total} 条结果` : notFound(state)) +
        replacedNote(query) +
        (numberOnly ? '（按文号查找；查找引用此文号的文件，请加引号检索）' : '')
      if (list.dataset.answeredQuery !== state.query) markShown(list, state.query, 'answered')
      markShown(list, state.query, 'rendered')
    } catch (error) {
      console.error(error)
      if (run === current) status.textContent = '检索出错，请稍后再试。'
    }
  }

  /** The query's full-text results; null when Pagefind could not load (the status line says so). */
  const searchFullText = async (run: number, state: SearchState, query: ParsedQuery, numbers: NumberEntry[]) => {
    let pagefind: Pagefind
    try {
      pagefind = await pagefindReady
    } catch (error) {
      if (run === current) unavailable(error)
      return null
    }
    return runSearch(pagefind, state, query, numbers)
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void search()
  })
  for (const select of selects) select.addEventListener('change', () => void search())
  moreButton.addEventListener('click', () => void showMore(current))

  await search()
  if (Object.keys(initial.filters).length === 0) {
    try {
      fillFilterSelects(selects, await (await pagefindReady).filters(), selectedFilters(selects))
    } catch (error) {
      console.error(error)
    }
  }
}

async function runSearch(pagefind: Pagefind, { filters }: SearchState, query: ParsedQuery, numbers: NumberEntry[]) {
  // Without words there is no relevance: list the filtered documents newest first.
  if (!query.words) return pagefind.search(null, { filters, sort: { date: 'desc' } })
  // Documents already listed as exact number matches are left out of the word results.
  const withoutMatches: FilterQuery = { ...filters }
  if (numbers.length > 0) withoutMatches.none = numbers.map((entry) => ({ [numberFilterName[entry.field]]: entry.number }))
  // A query that is one quoted phrase asks Pagefind for the words next to each other first; its
  // words are indexed as Pagefind segmented the text, which may split them otherwise, so an
  // empty answer falls back to the words anywhere (the re-ordering then checks the phrase).
  const [phrase] = query.phrases
  if (query.phrases.length === 1 && phrase !== undefined && compactText(query.words) === phrase) {
    const exact = await pagefind.search(`"${query.words}"`, { filters: withoutMatches })
    if (exact && exact.results.length > 0) return exact
  }
  // A sentence typed whole (国家尊重和保障人权) is in a long text that word scores put far down:
  // the few texts holding it as typed go first, then the rest. Words many texts hold together
  // (a title's part) are left to the word scores, which weigh titles.
  if (query.phrases.length === 0 && !query.words.includes(' ') && [...query.words].length >= SENTENCE_LENGTH) {
    const [exact, loose] = await Promise.all([
      pagefind.search(`"${query.words}"`, { filters: withoutMatches }),
      pagefind.search(query.words, { filters: withoutMatches }),
    ])
    if (!exact || exact.results.length === 0 || exact.results.length > PAGE_SIZE || !loose) return loose
    const first = new Set(exact.results.map((result) => result.id))
    return { ...loose, results: [...exact.results, ...loose.results.filter((result) => !first.has(result.id))] }
  }
  return pagefind.search(query.words, { filters: withoutMatches })
}

/**
 * Records on the list for what query and when its first results (answered) and its whole first
 * page (rendered) were on screen: read by npm run search:eval, npm run bench -- searchcost
 * and the browser tests.
 */
function markShown(list: HTMLElement, query: string, what: 'answered' | 'rendered'): void {
  if (what === 'answered') {
    list.dataset.answeredQuery = query
    list.dataset.answeredAt = String(performance.now())
  } else {
    list.dataset.query = query
    list.dataset.renderedAt = String(performance.now())
  }
}

/** Characters from which a query without spaces is searched as a sentence as well as words. */
const SENTENCE_LENGTH = 8

/** Statuses after which another text has taken over (the 有效性 filter's labels). */
const SUPERSEDED_STATUSES = new Set([validityStatusLabels.repealed, validityStatusLabels.expired])

function rerankItemOf(data: PagefindResultData): RerankItem {
  return {
    title: data.meta.title ?? '',
    labels: [...(data.filters[searchFilters.issuer] ?? []), data.meta.docNumber ?? '', data.meta[SEARCH_FIELDS.names] ?? ''],
    content: data.content,
    superseded: (data.filters[searchFilters.status] ?? []).some((status) => SUPERSEDED_STATUSES.has(status)),
    kind: data.filters[searchFilters.kind]?.[0],
  }
}

/** The typed query, its colloquial parts in the texts' words (colloquialTerms.ts). */
function readQuery(text: string): ExpandedQuery {
  return expandColloquial(parseQuery(text))
}

/** Says which words were searched instead of the typed ones: the order must be explainable. */
function replacedNote({ replaced }: ExpandedQuery): string {
  return replaced.length > 0 ? `（${replaced.map(([typed, words]) => `“${typed}”按“${words}”检索`).join('，')}）` : ''
}

function notFound({ query }: SearchState): string {
  return query ? `未找到与“${query}”相关的内容` : '未找到符合筛选条件的内容'
}
