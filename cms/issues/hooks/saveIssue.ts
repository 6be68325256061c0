/**
 * Every save of an issue, as a thin adapter over the two services: the rules that hold for
 * every save (issueRules.ts), then the draft checks or the publication
 * (publishing/publishIssue.ts). The other issues are read once here and handed to both,
 * since nothing is written in between; a publication refusal becomes the admin's
 * ValidationError, on the field it concerns.
 */
import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { label } from '../../fields/label'
import type { GazetteIssue } from '../../payload-types'
import { enforceIssueRules } from '../issueRules'
import { otherIssues } from '../otherIssues'
import { publishIssue } from '../publishing/publishIssue'
import { IssueRefusal } from '../publishing/refusal'

export const saveIssue: CollectionBeforeChangeHook<GazetteIssue> = async ({ data, originalDoc, req }) => {
  const save = { req, data, originalDoc, others: await otherIssues(req, originalDoc?.id) }
  await enforceIssueRules(save)
  try {
    return await publishIssue(save)
  } catch (error) {
    throw error instanceof IssueRefusal ? refusalError(error, req) : error
  }
}

function refusalError(refusal: IssueRefusal, req: PayloadRequest): ValidationError {
  const errors = refusal.messages.map((message) => ({ path: refusal.field, label: label('出版', 'Publish'), message }))
  return new ValidationError({ collection: 'gazette-issues', errors, req }, req.t)
}
