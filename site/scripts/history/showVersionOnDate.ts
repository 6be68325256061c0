/**
 * Runs on a document page with versions: for /documents/<id>/?date=YYYY-MM-DD, resolves the
 * day from the page's version index (the same versionOnDate the build uses) and shows the
 * text in force then, taken from that version's static page, or says why none was: 尚未施行,
 * 已于…废止, 已于…失效. Without a date, or with a malformed one, the page stays as built.
 */
import { versionPath } from '../../../core/addresses'
import { formatChineseDate } from '../../../core/display/chineseDate'
import { queryDate, resolveVersionIndex } from '../../../core/history/versionIndex'
import type { VersionIndex } from '../../../core/history/versionIndexSchema'
import { readEmbeddedIndex, VERSION_INDEX_ATTRIBUTE, VERSION_INDEX_ID } from '../../lib/history/embeddedIndex'

type Answer = { message: string; version: number | null }

function answer(index: VersionIndex, date: string): Answer {
  const on = resolveVersionIndex(index, date)
  const day = formatChineseDate(date)
  switch (on.state) {
    case 'in-force':
      return { message: `${day}有效的文本：${on.version.label}`, version: on.version.number }
    case 'not-yet-in-force':
      return {
        message: `${day}本文件尚未施行${on.firstEffectiveDate ? `（自${formatChineseDate(on.firstEffectiveDate)}起施行）` : ''}。`,
        version: null,
      }
    case 'repealed':
      return { message: `本文件已于${formatChineseDate(on.repealedOn)}废止，${day}不再有效。`, version: null }
    case 'expired':
      return { message: `本文件有效期至${formatChineseDate(on.expiresOn)}，${day}已失效。`, version: null }
  }
}

async function versionText(href: string): Promise<Node[] | null> {
  const response = await fetch(href)
  if (!response.ok) return null
  const page = new DOMParser().parseFromString(await response.text(), 'text/html')
  const text = page.querySelector('[data-version-text]')
  return text ? Array.from(text.childNodes, (node) => document.importNode(node, true)) : null
}

export async function showVersionOnDate(doc: Document, search: string): Promise<void> {
  const date = queryDate(new URLSearchParams(search).get('date'))
  const index = readEmbeddedIndex(doc.getElementById(VERSION_INDEX_ID)?.getAttribute(VERSION_INDEX_ATTRIBUTE) ?? '')
  const status = doc.querySelector<HTMLElement>('[data-version-on-date]')
  const body = doc.querySelector<HTMLElement>('.document-body')
  if (!date || !index || !status || !body) return
  const input = doc.querySelector<HTMLInputElement>('input[name="date"]')
  if (input) input.value = date
  const { message, version } = answer(index, date)
  status.textContent = message
  status.hidden = false
  const current = index.versions.length
  if (version === current) return
  if (version === null) {
    body.hidden = true
    return
  }
  const href = versionPath(index.documentId, version)
  const nodes = await versionText(href).catch(() => null)
  if (!nodes) {
    status.textContent = `${message}。请打开该版本的页面阅读：${href}`
    return
  }
  body.replaceChildren(...nodes)
  body.dataset.version = String(version)
  const link = doc.createElement('a')
  link.href = href
  link.textContent = '打开该版本的页面'
  status.append('（', link, '）')
}
