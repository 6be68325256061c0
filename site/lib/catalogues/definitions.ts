/**
 * The catalogues of normative documents an office must publish: in force, repealed and
 * expired. Only the kinds with the catalogue rule are catalogued (by default 政府规章 and
 * the normative documents); other documents have no validity the office must track.
 *
 * 现行有效 holds the documents in force on the status day, amended ones included (they
 * are in force as amended). Documents published but not yet in force are listed on the
 * same page in their own section, and in its downloads with 有效性 尚未施行: a reader
 * checking what applies must see them, but they do not apply yet.
 */
import { type DocumentKindDefinition, kindsWithRule } from '../../../core/documents/documentKinds'
import type { ValidityStatus } from '../../../core/documents/validity'

/** The kinds with the catalogue rule (the manifest's gazette.kinds), in the list's order. */
export function cataloguedKinds(kinds: readonly DocumentKindDefinition[]): DocumentKindDefinition[] {
  const catalogued = new Set(kindsWithRule(kinds, 'catalogue'))
  return kinds.filter((kind) => catalogued.has(kind.value))
}

export const catalogueIds = ['in-force', 'repealed', 'expired'] as const

export type CatalogueId = (typeof catalogueIds)[number]

export type Catalogue = {
  id: CatalogueId
  /** Page title, e.g. 现行有效规范性文件目录. */
  title: string
  /** The short name in lists and links, e.g. 现行有效. */
  name: string
  /** What the catalogue lists, for its page and the index. */
  description: string
  /** Statuses of the main list. */
  statuses: readonly ValidityStatus[]
  /** Statuses listed in a section of their own on the same page. */
  pendingStatuses: readonly ValidityStatus[]
}

export const catalogues: Record<CatalogueId, Catalogue> = {
  'in-force': {
    id: 'in-force',
    title: '现行有效规范性文件目录',
    name: '现行有效',
    description: '正在施行的政府规章和规范性文件，含已修改、按修改后的文本施行的文件；已公布但尚未施行的文件单独列出。',
    statuses: ['in-force', 'amended'],
    pendingStatuses: ['not-yet-in-force'],
  },
  repealed: {
    id: 'repealed',
    title: '已废止规范性文件目录',
    name: '已废止',
    description: '已被明令废止或被新文件替代的政府规章和规范性文件。',
    statuses: ['repealed'],
    pendingStatuses: [],
  },
  expired: {
    id: 'expired',
    title: '已失效规范性文件目录',
    name: '已失效',
    description: '有效期届满、自行失效的政府规章和规范性文件。',
    statuses: ['expired'],
    pendingStatuses: [],
  },
}
