/**
 * 已退回给我: a sent-back item goes back to the person who submitted it. An item may be
 * submitted several times, by different people; the one who submitted it last is the
 * one it was sent back to (the same person the send-back notification mails). A sending
 * back by the scheduled publication (no user) returns it to that same submitter.
 */
type Id = number | string

/** A recorded submission: review-events with action `submit`. */
export type Submission = {
  item: Id
  /** Who submitted; null when the account is gone or the step was the system's. */
  user: Id | null
  /** When it was recorded (ISO instant). */
  createdAt: string
}

/**
 * The ids, among `sentBack`, whose latest submission was made by `userId`. Submissions
 * recorded at the same instant count in the order given (the record's own order).
 */
export function itemsReturnedTo(userId: Id, sentBack: readonly Id[], submissions: readonly Submission[]): Id[] {
  const latest = new Map<string, Submission>()
  for (const submission of submissions) {
    const key = String(submission.item)
    const known = latest.get(key)
    if (!known || submission.createdAt >= known.createdAt) latest.set(key, submission)
  }
  return sentBack.filter((id) => {
    const submitter = latest.get(String(id))?.user
    return submitter !== null && submitter !== undefined && String(submitter) === String(userId)
  })
}
