/**
 * Whether publishing a document can give it a 索引号. The number is counted per
 * organisation code (numbering/allocateSerial.ts indexNumberSeries), so without the
 * first issuer's 组织机构代码 none is assigned, whatever INDEX_NUMBER_PATTERN prints,
 * and the site shows 索引号 “—”. Government sites catalogue 规章 and 规范性文件 by
 * their 索引号, so those are refused (the kinds with the indexNumber rule, documentKinds.ts);
 * other documents are only warned about.
 */
import { type DocumentKindDefinition, kindHasRule } from './documentKinds'

export type IndexNumberIssuer = { name: string; orgCode?: string | null }

export type IndexNumberProblem = {
  severity: 'refusal' | 'warning'
  /** The first issuer's name, which the office must give an organisation code. */
  issuer: string
}

export function indexNumberProblem(
  input: {
    kind: string | null | undefined
    /** The 索引号 already assigned or entered (a legacy document keeps its own). */
    indexNumber: string | null | undefined
    /** The first 发文机关, whose code the number takes; null while none is chosen. */
    firstIssuer: IndexNumberIssuer | null
  },
  kinds: readonly DocumentKindDefinition[],
): IndexNumberProblem | null {
  const { kind, indexNumber, firstIssuer } = input
  if (indexNumber?.trim() || !firstIssuer || firstIssuer.orgCode?.trim()) return null
  const needed = kindHasRule(kinds, kind, 'indexNumber')
  return { severity: needed ? 'refusal' : 'warning', issuer: firstIssuer.name }
}
