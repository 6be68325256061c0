import type { SelectField } from 'payload'

import { findDocumentKind } from '../../core/documents/documentKinds'
import { configuredDocumentKinds } from '../../core/documents/documentKindsFile'
import { messages } from '../../core/messages'
import { label } from './label'

/**
 * 文件类型 as a select of the gazette's configured kinds (DOCUMENT_KINDS_FILE), in their
 * order. The column is plain text in SQLite (no enum, no check constraint) and a string in
 * MongoDB (Mongoose's enum is built from the same list at start), so the list can change
 * without a migration. A stored value the list no longer holds is shown
 * as stored, with a warning below it (components/UnconfiguredKindWarning.tsx), and a save
 * keeping it is refused in Chinese until another kind is chosen: nothing is changed behind
 * the editor's back.
 */
export function documentKindField(description: string): SelectField {
  const kinds = configuredDocumentKinds()
  return {
    name: 'kind',
    type: 'select',
    required: true,
    label: label('文件类型', 'Kind'),
    options: kinds.map((kind) => ({ label: kind.label, value: kind.value })),
    validate: (value: string | string[] | null | undefined) => {
      if (typeof value !== 'string' || value === '') return messages.kindRequired
      return findDocumentKind(kinds, value) ? true : messages.unconfiguredKind(value)
    },
    admin: {
      description,
      components: { afterInput: [{ path: '/components/UnconfiguredKindWarning#UnconfiguredKindWarning', clientProps: { kinds } }] },
    },
  }
}
