'use client'
/**
 * A short Chinese line for an empty join table (the items that point at this
 * document), in place of Payload's list-view message 没有结果。…并不存在或没有符合
 * 您上面所指定的过滤条件。, which reads as if a search had failed. Payload gives the
 * empty table no slot of its own, so this renders after the table (the join field's
 * afterInput) and custom.scss shows it, hiding Payload's message but not its 新增
 * button, only while the table is empty.
 */
import { useDocumentInfo } from '@payloadcms/ui'

export type EmptyTexts = {
  /** On a document not yet saved, where nothing can be added yet. */
  unsaved: string
  /** On a saved document with nothing joined yet. */
  saved: string
}

export function JoinEmptyText({ empty }: { empty: EmptyTexts }) {
  const { id } = useDocumentInfo()
  return <p className="join-empty-text">{id === undefined || id === null ? empty.unsaved : empty.saved}</p>
}
