/**
 * The gazette's kind for a LawRefBook folder, one of the built-in kinds
 * (core/documents/documentKinds.ts): the national laws' folders (宪法相关法, 民法典, 民法商法,
 * 行政法, 经济法, 社会法, 刑法, 诉讼与非诉讼程序法) are 法律, and so is 宪法 (six texts: the list
 * has no kind of its own for the Constitution, which a gazette does not print); 行政法规,
 * 司法解释 and 部门规章 are their own kinds, and DLC holds 地方性法规. 部门规章 is not 政府规章:
 * 立法法 第九十一条 and 第九十三条 make both 规章, but they differ by issuer, and only a
 * government's own rules carry that gazette's 规章 rules (30-day notice, 索引号, catalogues).
 */
import type { BuiltInDocumentKind } from '../../core/documents/documentKinds'

/** The real kind as the source classifies it, for notes and tests. */
export function sourceKind(filePath: string): string {
  const top = filePath.split('/')[0] ?? ''
  if (top === 'DLC') return '地方性法规'
  if (['宪法', '行政法规', '司法解释', '部门规章'].includes(top)) return top
  return '法律'
}

const kindOfSource: Record<string, BuiltInDocumentKind> = {
  宪法: 'law',
  法律: 'law',
  行政法规: 'administrative-regulation',
  司法解释: 'judicial-interpretation',
  部门规章: 'department-rule',
  地方性法规: 'local-regulation',
}

export function lawKind(filePath: string): BuiltInDocumentKind {
  return kindOfSource[sourceKind(filePath)] ?? 'law'
}
