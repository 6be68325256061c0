/**
 * POST /api/documents/bulk-workflow (and /api/interpretations/bulk-workflow): one review
 * step for the items staff selected in the list, answered item by item.
 *
 * Body (JSON): { action: 'submit' | 'approve' | 'send-back' | 'publish' | 'withdraw',
 * ids: [...], reason?: string }. Answer: { action, results: [{ id, title, ok, state } |
 * { id, title, ok: false, reason }] }.
 *
 * Who: the person signed in, by the session cookie from the admin's own origin (Payload's
 * csrf list ignores the cookie of a request from any other origin, so it arrives without
 * a user and is refused) or by an API token. The body must be JSON, which an HTML form
 * on another site cannot send. The workflow then judges each item for this person.
 */
import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { idKindOf } from '../access/queryShape'
import { isStaffUser } from '../access/roles'
import { readBulkRequest } from '../../core/workflow/bulkWorkflow'
import { messages } from '../../core/messages'
import { applyBulkAction } from './applyBulkAction'
import type { ReviewedCollection } from './reviewed'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export function bulkWorkflowEndpoint(collection: ReviewedCollection): Endpoint {
  return {
    path: '/bulk-workflow',
    method: 'post',
    handler: async (req) => {
      if (!req.user || !isStaffUser(req.user)) return refuse(403, messages.bulk.notStaff)
      const [contentType] = (req.headers.get('Content-Type') ?? '').split(';', 1)
      if (contentType?.trim().toLowerCase() !== 'application/json') return refuse(415, messages.bulk.unknownAction)
      try {
        await addDataAndFileToRequest(req)
      } catch {
        return refuse(400, messages.bulk.unknownAction)
      }
      const check = readBulkRequest(req.data, req.user.roles ?? [], idKindOf(req.payload, collection))
      if (!check.ok) return refuse(check.status, check.message)
      const results = await applyBulkAction(req, collection, check.request)
      return Response.json({ action: check.request.action, results })
    },
  }
}
