/**
 * Planted tokens for the leak tests: every item gets unique marker words in its title,
 * body and other fields, and a public output is judged by which markers it contains.
 * Markers are lower-case letters and digits only, so that no escaping (JSON, HTML, CSV,
 * URL) and no word splitting in the search index changes them.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/** Where a marker was planted. Only `title`, `body` and `keyword` of a public item may ever be seen. */
export type TokenRole =
  | 'title'
  | 'body'
  | 'keyword'
  /** A newer, never published draft of a published item. */
  | 'draftTitle'
  | 'draftBody'
  /** A published version later replaced by a newer published one. */
  | 'oldTitle'
  | 'oldBody'
  /** The reason for 依申请公开 / 不予公开. */
  | 'disclosureReason'
  /** The publisher's reason for a withdrawal. */
  | 'withdrawReason'

export type Planted = { token: string; owner: string; role: TokenRole; category: string }

const PREFIX = 'leaktoken'
const PATTERN = new RegExp(`${PREFIX}\\d+x[a-z0-9]+`, 'gi')

let counter = 0

/** A fresh marker, unique in this process: leaktoken<n>x<suffix>. */
export function newToken(suffix: string): string {
  counter += 1
  return `${PREFIX}${counter}x${suffix.toLowerCase().replace(/[^a-z0-9]/g, '') || 'z'}`
}

/** Every marker in a text, lower-cased. */
export function tokensIn(text: string): Set<string> {
  return new Set([...text.matchAll(PATTERN)].map((m) => m[0].toLowerCase()))
}

export class Ledger {
  readonly planted = new Map<string, Planted>()

  plant(token: string, owner: string, role: TokenRole, category: string): string {
    this.planted.set(token, { token, owner, role, category })
    return token
  }

  describe(token: string): string {
    const p = this.planted.get(token)
    return p ? `${token} (${p.role} of ${p.owner}: ${p.category})` : `${token} (not planted by this run)`
  }

  /**
   * Found must contain every expected token and nothing outside expected ∪ allowed.
   * Returns a readable list of problems, empty when the output is exactly right.
   */
  compare(where: string, found: Set<string>, expected: Set<string>, allowed: Set<string> = new Set()): string[] {
    const problems: string[] = []
    for (const token of found) {
      if (!expected.has(token) && !allowed.has(token)) problems.push(`LEAK in ${where}: ${this.describe(token)}`)
    }
    for (const token of expected) {
      if (!found.has(token)) problems.push(`MISSING from ${where}: ${this.describe(token)}`)
    }
    return problems
  }
}

/** The text of a file; gzip-compressed files (Pagefind's index and fragments) are decompressed. */
export function fileText(file: string): string {
  let bytes = fs.readFileSync(file)
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = zlib.gunzipSync(bytes)
    } catch {
      // Not gzip after all: scan the bytes as they are.
    }
  }
  return bytes.toString('utf8')
}

/** Every file under a folder, with its path relative to it. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map((name) => String(name))
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .sort()
}

/** Markers per file under a folder (decompressed where gzip), and all of them together. */
export function tokensUnder(dir: string): { all: Set<string>; byFile: Map<string, Set<string>> } {
  const all = new Set<string>()
  const byFile = new Map<string, Set<string>>()
  for (const name of filesUnder(dir)) {
    const found = tokensIn(fileText(path.join(dir, name)))
    // Paths too: a page's folder name must not carry a hidden marker either.
    for (const token of tokensIn(name)) found.add(token)
    if (found.size === 0) continue
    byFile.set(name, found)
    for (const token of found) all.add(token)
  }
  return { all, byFile }
}
