/**
 * A refused save or publication of an issue: the reasons in Chinese and the field the
 * editor should look at. The steps throw it without knowing Payload's error shapes; the
 * hook (hooks/saveIssue.ts) turns it into the ValidationError the admin shows.
 */
export type RefusedField = 'sections' | 'corrections' | 'printPdf'

export class IssueRefusal extends Error {
  override name = 'IssueRefusal'

  constructor(
    readonly messages: readonly string[],
    readonly field: RefusedField = 'sections',
  ) {
    super(messages.join('\n'))
  }
}

/** Refuses when there is anything to say. */
export function refuseIf(messages: readonly string[], field: RefusedField = 'sections'): void {
  if (messages.length > 0) throw new IssueRefusal(messages, field)
}
