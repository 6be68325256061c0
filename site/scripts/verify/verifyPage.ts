/**
 * The verify page (/verify/): hashes the reader's file in the browser, looks the hash up
 * in the publication log's static files and checks what it finds (inclusion proof,
 * chain of batches, signed head) with the same code as `npm run verify`
 * (core/verify/readLog.ts). Nothing leaves the browser but requests for the log's own
 * files. Everything shown is set as text, never as HTML.
 */
import { VERIFY_PATH } from '../../../core/addresses'
import { chineseDateTime } from '../../../core/display/chineseDateTime'
import { sha256Hex } from '../../../core/verify/digest'
import type { LogEntry } from '../../../core/verify/entries'
import { itemAddress } from '../../../core/verify/itemAddress'
import {
  headSummary,
  itemHistory,
  KIND_NAMES,
  type LogReader,
  parseItemParam,
  TYPE_NAMES,
  verifyDigest,
} from '../../../core/verify/readLog'

const read: LogReader = async (relative) => {
  const response = await fetch(`${VERIFY_PATH}${relative}`, { cache: 'no-cache' })
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`无法读取发布日志（${response.status}）`)
  return response.json()
}

const DIGEST = /^[0-9a-f]{64}$/

type Part = string | Node

function element(tag: string, parts: Part[] = [], className?: string): HTMLElement {
  const node = document.createElement(tag)
  if (className) node.className = className
  node.append(...parts)
  return node
}

const code = (text: string) => element('code', [text])

function link(href: string): HTMLElement {
  const anchor = element('a', [href])
  anchor.setAttribute('href', href)
  return anchor
}

/** One entry: what happened to which item, when, and the hashes it certifies. */
function entryView(entry: LogEntry): HTMLElement {
  const files = element(
    'ul',
    entry.files.map((file) =>
      element('li', [file.path.endsWith('/') && !file.path.startsWith('/files/') ? '页面 ' : '文件 ', code(file.sha256)]),
    ),
  )
  return element(
    'div',
    [
      element('p', [
        `日志第 ${entry.seq} 条 · ${KIND_NAMES[entry.kind]}${TYPE_NAMES[entry.item.type]} · 第 ${entry.version} 版 · ${entry.date} · `,
        link(itemAddress(entry.item)),
      ]),
      files,
      element('p', ['内容指纹 ', code(entry.contentHash)]),
    ],
    'verify-entry',
  )
}

export async function startVerifyPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#verify-form')
  const fileInput = document.querySelector<HTMLInputElement>('#verify-file')
  const digestInput = document.querySelector<HTMLInputElement>('#verify-digest')
  const result = document.querySelector<HTMLElement>('#verify-result')
  const history = document.querySelector<HTMLElement>('#verify-history')
  const headLine = document.querySelector<HTMLElement>('#verify-head')
  if (!form || !fileInput || !digestInput || !result || !history || !headLine) return
  const timeZone = form.dataset.timeZone || 'Asia/Shanghai'
  form.hidden = false

  const show = (parts: Part[][], state?: string) => {
    result.replaceChildren(...parts.map((line, i) => element('p', line, i === 0 ? 'verify-verdict' : undefined)))
    if (state) result.dataset.state = state
    else delete result.dataset.state
  }

  const showHistory = (entries: LogEntry[]) => {
    const list = history.querySelector('ol')
    if (!list) return
    list.replaceChildren(...entries.map((entry) => element('li', [entryView(entry)])))
    history.hidden = entries.length === 0
  }

  const check = async (digest: string, name: string) => {
    show([[`正在核验${name}……`]])
    try {
      const verification = await verifyDigest(digest, read)
      const failed = verification.problems.length > 0
      show(
        [
          [failed ? `核验未通过：日志中的记录未能通过校验，下面的结论不可信。` : verification.sentence],
          ['文件指纹（SHA-256）：', code(digest)],
          ...(failed ? [[verification.sentence]] : []),
          ...verification.problems.map((problem) => [`核验未通过：${problem}`]),
        ],
        failed ? 'failed' : verification.kind,
      )
      showHistory(verification.history)
    } catch (error) {
      show([[`无法核验：${(error as Error).message}`]], 'failed')
    }
  }

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0]
    if (!file) return
    const digest = await sha256Hex(new Uint8Array(await file.arrayBuffer()))
    digestInput.value = digest
    await check(digest, `“${file.name}”`)
  })
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const digest = digestInput.value.trim().toLowerCase()
    if (!DIGEST.test(digest)) {
      show([['指纹应为64位十六进制字符（0–9、a–f）。']], 'failed')
      return
    }
    await check(digest, '指纹')
  })

  try {
    headLine.textContent = await headSummary(read, (iso) => chineseDateTime(iso, timeZone))
  } catch (error) {
    headLine.textContent = `无法读取发布日志：${(error as Error).message}`
  }

  const item = parseItemParam(new URLSearchParams(location.search).get('item'))
  if (item) {
    try {
      const found = await itemHistory(item, read)
      if (found.history.length === 0) show([['发布日志中没有这一项的记录。']], 'unknown')
      else if (found.problems.length > 0)
        show(
          found.problems.map((problem) => [`核验未通过：${problem}`]),
          'failed',
        )
      else show([[`${itemAddress(item)} 的全部发布记录如下，均已核验：在日志中、前后相连、日志头签名有效。`]], 'unchanged')
      showHistory(found.history)
    } catch (error) {
      show([[`无法读取发布记录：${(error as Error).message}`]], 'failed')
    }
  }
}
