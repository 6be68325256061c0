import { PLACE_FIRST } from './authority'
import { titleCore } from './nameKeys'

/**
 * Short names read off a law's or regulation's name: 个人信息保护法 is asked for as 个保法,
 * 道路交通安全法 as 道交法, 民事诉讼法 as 民诉法. Chinese abbreviations keep the first character
 * and the kind (法, 条例) and pick some characters between, in order, so no list of them can be
 * derived; instead each name is indexed under its first character and kind (个…法), and a query
 * that is no name of its own is matched against the names under its key, character by
 * character. Only names without a place before them: a local regulation is asked for by its
 * place and subject, and thousands of them would share one key.
 */

/** Kinds an abbreviation keeps at its end. */
const KIND_ENDINGS = ['条例', '法'] as const
/** 办法 and 方法 end in 法 but are not laws: 管理办法 abbreviates nothing. */
const NOT_A_LAW = /[办方]法$/
/** Shorter than this is not an abbreviation (刑法 is a name); longer is a phrase. */
const MIN_QUERY = 3
const MAX_QUERY = 8

/** The name a title is abbreviated from: its core, without country, issuer or wrapper. */
function abbreviatedName(title: string): string | undefined {
  const core = titleCore(title)
  if (!core || PLACE_FIRST.test(core) || NOT_A_LAW.test(core)) return undefined
  const ending = KIND_ENDINGS.find((kind) => core.endsWith(kind))
  return ending && core.length >= ending.length + 3 ? core : undefined
}

/** The key names and queries meet under: first character, an ellipsis, the kind. */
function keyOf(name: string): string | undefined {
  const ending = KIND_ENDINGS.find((kind) => name.endsWith(kind))
  return ending ? `${name[0]}…${ending}` : undefined
}

/** A title's entry under its abbreviation key, with the name the key stands for; none for most titles. */
export function abbreviationEntry(title: string): { key: string; alias: string } | undefined {
  const name = abbreviatedName(title)
  const key = name ? keyOf(name) : undefined
  return name && key ? { key, alias: name } : undefined
}

/** The key a query is looked up under when it may be an abbreviation (个保法 → 个…法). */
export function abbreviationKey(query: string): string | undefined {
  if (query.length < MIN_QUERY || query.length > MAX_QUERY || NOT_A_LAW.test(query) || !/^[\u4e00-\u9fa5]+$/.test(query)) return undefined
  return keyOf(query)
}

/**
 * How many characters of the name the query leaves out, when the query abbreviates it (the
 * same first character and kind, the rest in order, something left out after the first);
 * undefined when it does not.
 */
export function abbreviationGap(query: string, name: string): number | undefined {
  if (name.length <= query.length || keyOf(query) !== keyOf(name)) return undefined
  // A query whose words before the kind begin the name is another name, not an abbreviation:
  // 劳动法 is not 劳动合同法. Keeping a first word whole is an abbreviation: 税收征管法, 治安处罚法.
  const kind = KIND_ENDINGS.find((ending) => query.endsWith(ending)) ?? ''
  if (name.startsWith(query.slice(0, query.length - kind.length))) return undefined
  let at = 0
  for (const char of query) {
    at = name.indexOf(char, at)
    if (at < 0) return undefined
    at += 1
  }
  return name.length - query.length
}
