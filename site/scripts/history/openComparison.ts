/**
 * Runs on a document's comparison form (/documents/<id>/compare/, issue 22): 比较 opens the
 * static page comparing the two chosen versions, the earlier first whichever select holds it,
 * and an address with ?from=<n>&to=<m> (the form sent before the script ran, or a shared
 * link) is answered the same way. A choice the site has no page for is explained in words
 * beside the form, whose list of links below shows what there is.
 */
import { comparisonPath } from '../../../core/addresses'
import { isComparedPair } from '../../../core/history/comparedPairs'

export type ComparisonChoice = { href: string } | { message: string }

/** Where the comparison of versions `a` and `b` of a document with `count` versions is, or why there is none. */
export function chooseComparison(documentId: string, count: number, a: number, b: number): ComparisonChoice {
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= count
  if (!valid(a) || !valid(b)) return { message: '请从列表中选择本文件的两个版本。' }
  if (a === b) return { message: '请选择两个不同的版本进行比较。' }
  const from = Math.min(a, b)
  const to = Math.max(a, b)
  if (!isComparedPair(count, from, to)) {
    return { message: '本站没有这两个版本的对照页：版本较多时，只提供相邻版本之间和各版本与现行文本的对照，请从下列对照中选择。' }
  }
  return { href: comparisonPath(documentId, from, to) }
}

export function openComparison(doc: Document, location: Location): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-compare-form]')
  const message = doc.querySelector<HTMLElement>('[data-compare-message]')
  const documentId = form?.dataset.document
  const count = Number(form?.dataset.versionCount)
  if (!form || !message || !documentId || !Number.isInteger(count)) return

  const open = (from: string | null, to: string | null, replace: boolean) => {
    const choice = chooseComparison(documentId, count, Number(from), Number(to))
    if ('href' in choice) {
      if (replace) location.replace(choice.href)
      else location.assign(choice.href)
      return
    }
    message.textContent = choice.message
    message.hidden = false
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const data = new FormData(form)
    open(String(data.get('from')), String(data.get('to')), false)
  })

  const query = new URLSearchParams(location.search)
  const from = query.get('from')
  const to = query.get('to')
  if (from === null || to === null) return
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const select = form.elements.namedItem(name)
    if (select instanceof HTMLSelectElement && Array.from(select.options).some((option) => option.value === value)) select.value = value
  }
  // Replaced, not pushed: going back must not land on this address again, which would open the comparison again.
  open(from, to, true)
}
