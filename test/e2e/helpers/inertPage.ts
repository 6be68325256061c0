/**
 * Whether a loaded page let a stored payload turn active (test/e2e/xss.test.ts): it is
 * loaded and left to run until nothing changes, then searched for what a payload could
 * have become: the `window.__xss` the payloads set, a dialog, an inline event handler, a
 * script carrying a payload, an unsafe link target, a frame or embed, and page errors.
 */
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

import { pageSettled } from './waits'

type Findings = {
  xss: unknown
  dialogs: string[]
  handlers: string[]
  scripts: string[]
  hrefs: string[]
  frames: number
  errors: string[]
}

/** Loads a page, lets it run, and reports anything a payload could have turned active. */
export async function visit(page: Page, url: string, ready?: (page: Page) => Promise<unknown>): Promise<Findings> {
  const dialogs: string[] = []
  const errors: string[] = []
  const onDialog = (dialog: { message: () => string; dismiss: () => Promise<void> }) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  }
  const onError = (error: Error) => errors.push(error.message)
  page.on('dialog', onDialog)
  page.on('pageerror', onError)
  try {
    await page.goto(url, { waitUntil: 'load' })
    if (ready) await ready(page)
    // Images with a bad src fail and SVG onload fires within a few ticks: wait until every
    // image has loaded or failed, its handlers have run, and nothing changes any more.
    await pageSettled(page)
    const dom = await page.evaluate(() => {
      const handlers: string[] = []
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name)) handlers.push(`<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value}">`)
        }
      }
      const scripts = Array.from(document.querySelectorAll('script'))
        .filter((s) => !s.type || /javascript|module/i.test(s.type))
        .map((s) => s.textContent ?? '')
        .filter((code) => code.includes('__xss') || code.includes('alert('))
      const hrefs = Array.from(document.querySelectorAll('[href], [src], [action], [formaction], [data]'))
        .flatMap((e) => ['href', 'src', 'action', 'formaction', 'data'].map((name) => e.getAttribute(name) ?? ''))
        .filter((value) => /^\s*(javascript|data|vbscript):/i.test(value) || /^\s*\/\/evil/.test(value))
      return {
        xss: (window as unknown as { __xss?: unknown }).__xss,
        handlers,
        scripts,
        hrefs,
        frames: document.querySelectorAll('iframe, object, embed').length,
      }
    })
    return { ...dom, dialogs, errors }
  } finally {
    page.off('dialog', onDialog)
    page.off('pageerror', onError)
  }
}

export function expectInert(where: string, findings: Findings): void {
  expect(findings.xss, `${where}: window.__xss`).toBeUndefined()
  expect(findings.dialogs, `${where}: dialogs`).toEqual([])
  expect(findings.handlers, `${where}: inline event handlers`).toEqual([])
  expect(findings.scripts, `${where}: scripts carrying a payload`).toEqual([])
  expect(findings.hrefs, `${where}: unsafe link targets`).toEqual([])
  expect(findings.frames, `${where}: frames or embeds`).toBe(0)
}
