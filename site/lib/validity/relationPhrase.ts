import { describeRelation, type RelationSide } from '../../../core/relations/documentRelations'

/**
 * describeRelation's phrase ('被《甲》废止', '修改《甲》') cut around the quoted title, so
 * the page can make the title a link and keep the words the domain chose.
 */
export function relationPhrase(side: RelationSide, title: string): { before: string; quoted: string; after: string } {
  const text = describeRelation(side, title)
  const quoted = `《${title}》`
  const at = text.indexOf(quoted)
  return { before: text.slice(0, at), quoted, after: text.slice(at + quoted.length) }
}
