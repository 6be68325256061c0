/**
 * The gazette's kind for a LawRefBook folder. The kinds are still the fixed list of a city
 * gazette (core/documents/documentKinds.ts); issue 21 makes them a configured list. Until
 * then most real kinds have no home and become 其他文件: 宪法 and 法律 (宪法, 宪法相关法,
 * 民法典, 民法商法, 行政法, 经济法, 社会法, 刑法, 诉讼与非诉讼程序法), 行政法规, 司法解释 and
 * 地方性法规 (DLC). 部门规章 goes to 政府规章, the one kind of 规章 there is (立法法 第九十一条
 * and 第九十三条 make both 规章; they differ by issuer).
 */
import type { DocumentKind } from '../../core/documents/documentKinds'

/** The real kind as the source classifies it, for notes and tests. */
export function sourceKind(filePath: string): string {
  const top = filePath.split('/')[0] ?? ''
  if (top === 'DLC') return '地方性法规'
  if (['宪法', '行政法规', '司法解释', '部门规章'].includes(top)) return top
  return '法律'
}

export function lawKind(filePath: string): DocumentKind {
  return sourceKind(filePath) === '部门规章' ? 'rule' : 'other'
}
