/**
 * GraphQL validation names the fields, arguments, types and enum values it guesses a typo
 * meant ("Did you mean "workflowReason"?"), which shows the shape of the schema, internal
 * fields included, even with introspection off. graphql-js has no switch for it, so this
 * rule, added to Payload's (config graphQL.validationRules), catches every error the
 * other rules report and cuts the suggestion off; the rest of the message ("Cannot query
 * field "x" on type "Document".") still says what is wrong. Staff keep the suggestions
 * outside production, where they help.
 */
import type { ExecutionArgs, GraphQLError, ValidationContext, ValidationRule } from 'graphql'
import type { PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles'

const suggestion = /\s*Did you mean .*$/s

const stripSuggestions: ValidationRule = (context: ValidationContext) => {
  const report = context.reportError.bind(context)
  // Every rule reports through this context, and rules report only while the document is visited, after they are all set up.
  context.reportError = (error: GraphQLError) => {
    error.message = error.message.replace(suggestion, '')
    report(error)
  }
  return {}
}

export function suggestionRules(args: ExecutionArgs): ValidationRule[] {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const keep = process.env.NODE_ENV !== 'production' && isStaffUser(req?.user)
  return keep ? [] : [stripSuggestions]
}
