/**
 * 签发 as the gazette keeps it. Under GB/T 9704—2012 the 签发人 is the head of the issuing
 * organ who signed the document for issue, on the original (发文稿纸, or the 版头 of a
 * report to a higher organ); the date of signing is the 成文日期 (7.3.5.1: 成文日期署
 * 负责人签发的日期). That person signs on paper, not in this system, so the gazette records
 * the name and post as on the original, and the system records who entered them and
 * when. The gazette's own authorisation to issue a version is the reviewer's approval,
 * which binds its content (applyWorkflow): the record shows both.
 */

export type Signatory = { name?: string | null; post?: string | null }

/** "张三（市长）", "张三", or null when no 签发人 is recorded. */
export function signatoryText({ name, post }: Signatory): string | null {
  const who = name?.trim()
  if (!who) return null
  const role = post?.trim()
  return role ? `${who}（${role}）` : who
}

/**
 * The review record's entry for a change of the 签发人 record, or null when this save
 * leaves it as it was.
 */
export function signatoryChange(before: Signatory, after: Signatory): string | null {
  const was = signatoryText(before)
  const now = signatoryText(after)
  if (was === now) return null
  if (now) return was ? `签发人：${now}（原登记为：${was}）` : `签发人：${now}`
  return `已清除签发人登记（原登记为：${was}）`
}
