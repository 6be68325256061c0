import { contentTypeLabels, TYPE_FILTER } from '../../lib/contentTypes'
import { numberFilterName, type NumberEntry } from '../../lib/numbers/entry'
import { fillFilterSelects, selectedFilters } from './filterSelects'
import { createNumberLookup } from './numberLookup'
import { numberMatchItem } from './numberMatchItem'
import { loadPagefind, type FilterQuery, type Pagefind, type PagefindResult } from './pagefindApi'
import { resultItem } from './resultItem'
import { isEmpty, readState, stateToSearch, type SearchState } from './searchState'

const PAGE_SIZE = 20

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
  let pagefind: Pagefind
  try {
    status.textContent = '正在加载检索…'
    pagefind = await loadPagefind()
    fillFilterSelects(selects, await pagefind.filters(), initial.filters)
  } catch (error) {
    console.error(error)
    status.textContent = '检索暂时不可用，请稍后再试，或在文件库中浏览全部文件。'
    return
  }

  // Each search gets a number; results of a search overtaken by a newer one are dropped.
  let current = 0
  let remaining: PagefindResult[] = []

  const showMore = async (run: number) => {
    const page = remaining.splice(0, PAGE_SIZE)
    const data = await Promise.all(page.map((result) => result.data()))
    if (run !== current) return
    list.append(...data.map((item) => resultItem(item)))
    more.hidden = remaining.length === 0
  }

  const search = async () => {
    const run = ++current
    const state: SearchState = { query: input.value.trim(), filters: selectedFilters(selects) }
    history.replaceState(history.state, '', `${location.pathname}${stateToSearch(state)}`)
    list.replaceChildren()
    more.hidden = true
    if (isEmpty(state)) {
      status.textContent = '请输入关键词，或选择类型、年份、发文机关、文种、有效性。'
      return
    }
    status.textContent = '正在检索…'
    try {
      // A typed number's document comes first, whatever the words rank; filters do not hide
      // it, except a search for interpretations only, which asked for no document at all.
      const documentsWanted = state.filters[TYPE_FILTER] !== contentTypeLabels.interpretation
      const matches = state.query && documentsWanted ? await lookupNumbers(state.query) : []
      const found = await runSearch(pagefind, state, matches)
      if (run !== current || !found) return
      remaining = [...found.results]
      const total = matches.length + remaining.length
      list.append(...matches.map((entry) => numberMatchItem(entry)))
      await showMore(run)
      // Announced once the first page is on screen, so the count and the list agree.
      if (run === current) status.textContent = total > 0 ? `找到 ${total} 条结果` : notFound(state)
    } catch (error) {
      console.error(error)
      if (run === current) status.textContent = '检索出错，请稍后再试。'
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void search()
  })
  for (const select of selects) select.addEventListener('change', () => void search())
  moreButton.addEventListener('click', () => void showMore(current))

  await search()
}

function runSearch(pagefind: Pagefind, { query, filters }: SearchState, matches: NumberEntry[]) {
  // Without words there is no relevance: list the filtered documents newest first.
  if (!query) return pagefind.search(null, { filters, sort: { date: 'desc' } })
  // Documents already listed as exact number matches are left out of the word results.
  const withoutMatches: FilterQuery = { ...filters }
  if (matches.length > 0) withoutMatches.none = matches.map((entry) => ({ [numberFilterName[entry.field]]: entry.number }))
  return pagefind.search(query, { filters: withoutMatches })
}

function notFound({ query }: SearchState): string {
  return query ? `未找到与“${query}”相关的内容` : '未找到符合筛选条件的内容'
}
