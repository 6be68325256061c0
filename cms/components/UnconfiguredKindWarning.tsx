'use client'
/**
 * Below 文件类型: a stored kind that the gazette's list (DOCUMENT_KINDS_FILE) no longer
 * holds. Payload's select shows such a value as stored; this says why it is not among the
 * options and what to do, before the save is refused for it (the field's validation).
 */
import { useFormFields } from '@payloadcms/ui'

import { type DocumentKindDefinition, findDocumentKind } from '../../core/documents/documentKinds'
import { messages } from '../../core/messages'

export function UnconfiguredKindWarning({ kinds }: { kinds: readonly DocumentKindDefinition[] }) {
  const kind = useFormFields(([fields]) => fields.kind?.value)
  if (typeof kind !== 'string' || kind === '' || findDocumentKind(kinds, kind)) return null
  return (
    <p className="unconfigured-kind-warning" role="status" style={{ marginTop: '0.5rem', color: 'var(--theme-warning-650, #b35900)' }}>
      ⚠ {messages.unconfiguredKind(kind)}
    </p>
  )
}
