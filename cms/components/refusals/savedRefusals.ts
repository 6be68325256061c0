/**
 * The refusals of each document's last save in the admin, kept outside React. Payload's
 * form holds a server refusal only in its field state: a draft save never shows it and
 * the next form-state round trip erases it, and Form.submit reads the response itself
 * and returns nothing on a refusal. So the admin's own saves (a POST or PATCH to the
 * document's REST address) are observed here, read from a clone of the response, and
 * kept per document until its next accepted save: a panel that React remounts finds
 * them again. The response Payload reads is left untouched.
 */
import { parseRefusals, type Refusal } from './parseRefusals'

export type SaveWatch = {
  /** Whether a request is a save of this document. */
  isSave: (method: string, url: URL) => boolean
  /** The admin's language, for the labels of the refused fields. */
  language: () => string
}

const watches = new Map<string, SaveWatch[]>()
const refused = new Map<string, Refusal[]>()
const listeners = new Set<() => void>()
const none: Refusal[] = []
let installed = false

function publish(key: string, refusals: Refusal[] | null): void {
  if (refusals) refused.set(key, refusals)
  else refused.delete(key)
  listeners.forEach((listener) => listener())
}

function requestOf(input: RequestInfo | URL, init?: RequestInit): { method: string; url: URL } | null {
  try {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href)
    return { method, url }
  } catch {
    return null
  }
}

function record(key: string, watch: SaveWatch, response: Response): void {
  if (response.status < 400) return publish(key, null)
  response
    .clone()
    .json()
    .then((body: unknown) => publish(key, parseRefusals(body, watch.language())))
    // A refusal without a readable body is Payload's toast's alone.
    .catch(() => publish(key, none))
}

function install(): void {
  if (installed) return
  installed = true
  const original = window.fetch
  window.fetch = (input, init) => {
    const request = requestOf(input, init)
    const watching = request
      ? [...watches].flatMap(([key, list]) =>
          list
            .filter((watch) => watch.isSave(request.method, request.url))
            .slice(0, 1)
            .map((watch) => [key, watch] as const),
        )
      : []
    const pending = original.call(window, input, init)
    if (watching.length === 0) return pending
    // A refusal is read from a clone taken before the caller gets the response, so both can read the body.
    return pending.then((response) => {
      for (const [key, watch] of watching) record(key, watch, response)
      return response
    })
  }
}

/** Observes the saves of the document `key`; returns the function that stops observing. */
export function watchSaves(key: string, watch: SaveWatch): () => void {
  install()
  watches.set(key, [...(watches.get(key) ?? []), watch])
  return () => {
    watches.set(
      key,
      (watches.get(key) ?? []).filter((w) => w !== watch),
    )
    // A panel remounted by a form-state round trip watches again at once; a document left
    // behind is forgotten, so that coming back to it does not show a refusal of the past.
    setTimeout(() => {
      if ((watches.get(key)?.length ?? 0) > 0) return
      watches.delete(key)
      if (refused.has(key)) publish(key, null)
    }, 0)
  }
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The refusals of the document's last save; the same array until the next save. */
export function lastRefusals(key: string): Refusal[] {
  return refused.get(key) ?? none
}
