import type { RelationKind } from '../../core/relations/documentRelations'

export const relationKindLabels: Record<RelationKind, string> = {
  amends: '修改',
  repeals: '废止',
  replaces: '替代',
}
