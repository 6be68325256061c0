'use client'
/**
 * Beside 发文机关: says, before anyone presses 发布, that the first issuer has no
 * organisation code, so publication can assign no 索引号 (refused for 规章 and
 * 规范性文件, a warning otherwise), and where the code is filled in. The rule is the
 * server's (domain/indexNumberReadiness.ts), with the gazette's kinds handed over by the
 * field's clientProps; the issuer is read through the API.
 */
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { DocumentKindDefinition } from '../../core/documents/documentKinds'
import { type IndexNumberIssuer, indexNumberProblem } from '../../core/documents/indexNumberReadiness'
import { messages } from '../../core/messages'

function firstId(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : null
  if (typeof first === 'number' || typeof first === 'string') return String(first)
  if (first && typeof first === 'object') {
    const id = 'id' in first ? first.id : 'value' in first ? first.value : null
    if (typeof id === 'number' || typeof id === 'string') return String(id)
  }
  return null
}

export function IndexNumberWarning({ kinds }: { kinds: readonly DocumentKindDefinition[] }) {
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const indexNumber = useFormFields(([fields]) => fields.indexNumber?.value)
  const issuerId = firstId(useFormFields(([fields]) => fields.issuers?.value))
  const [issuer, setIssuer] = useState<(IndexNumberIssuer & { id: string }) | null>(null)

  useEffect(() => {
    if (!issuerId) return
    const controller = new AbortController()
    fetch(`/api/organizations/${encodeURIComponent(issuerId)}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((org: { name?: string; orgCode?: string | null } | null) => {
        if (org?.name) setIssuer({ id: issuerId, name: org.name, orgCode: org.orgCode ?? null })
      })
      // Unreachable or aborted: the server still refuses at publication.
      .catch(() => {})
    return () => controller.abort()
  }, [issuerId])

  const problem = indexNumberProblem(
    {
      kind: typeof kind === 'string' ? kind : null,
      indexNumber: typeof indexNumber === 'string' ? indexNumber : null,
      firstIssuer: issuer && issuer.id === issuerId ? issuer : null,
    },
    kinds,
  )
  if (!problem) return null
  return (
    <div
      className="field-type index-number-warning"
      role="status"
      style={{ marginBottom: '1.5rem', color: 'var(--theme-warning-650, #b35900)' }}
    >
      <p>
        ⚠ {problem.severity === 'refusal' ? messages.indexNumber.refusal(problem.issuer) : messages.indexNumber.warning(problem.issuer)}
      </p>
    </div>
  )
}
