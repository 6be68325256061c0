import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { configuredDocumentKinds } from '../../../core/documents/documentKindsFile'
import { indexNumberProblem } from '../../../core/documents/indexNumberReadiness'
import { label } from '../../fields/label'
import { messages } from '../../../core/messages'
import type { Document } from '../../payload-types'
import { firstIssuer } from './firstIssuer'

/**
 * Refuses a person's publication of a 规章 or 规范性文件 that would get no 索引号
 * because its first issuer has no organisation code (domain/indexNumberReadiness.ts),
 * naming 发文机关 so the admin marks that field. Runs before assignIndexNumber. Work
 * without a person (seeds, imports of back issues, scheduled publication) is not
 * refused: the number follows at a later publication once the code is registered.
 */
export const refuseMissingIndexNumber: CollectionBeforeChangeHook<Document> = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published' || !req.user) return data
  const org = await firstIssuer(data, originalDoc, req)
  if (!org) return data
  const problem = indexNumberProblem(
    {
      kind: data.kind ?? originalDoc?.kind,
      indexNumber: originalDoc?.indexNumber || data.indexNumber,
      firstIssuer: { name: org.name, orgCode: org.orgCode },
    },
    configuredDocumentKinds(),
  )
  if (problem?.severity !== 'refusal') return data
  const error = {
    path: 'issuers',
    label: label('发文机关', 'Issuing organisations'),
    message: messages.indexNumber.refusal(problem.issuer),
  }
  throw new ValidationError({ collection: 'documents', errors: [error], req }, req.t)
}
