/**
 * The wording of a review notification (pure): subject and plain-text body in Chinese,
 * naming the item, the action, who did it, the reason if any, and the item's admin link.
 */
export type NotifiedAction = 'submit' | 'send-back' | 'approve' | 'publish'

export type ReviewMailFacts = {
  action: NotifiedAction
  kindLabel: string
  title: string
  actor: string
  reason?: string | null
  publishAt?: string | null
  link: string
  when: string
}

const headline: Record<NotifiedAction, { tag: string; verb: string; ask: string }> = {
  submit: { tag: '待审核', verb: '已提交审核', ask: '请进行保密审查和内容审核，审核通过或退回修改。' },
  'send-back': { tag: '已退回', verb: '被退回修改', ask: '请按审核意见修改后重新提交审核。' },
  approve: { tag: '待发布', verb: '已审核通过', ask: '请发布（或按定时发布时间自动发布）。' },
  publish: { tag: '已发布', verb: '已发布', ask: '内容已在公报网站公开（网站构建完成后可见）。' },
}

export const actionLabels: Record<NotifiedAction, string> = {
  submit: '提交审核',
  'send-back': '退回修改',
  approve: '审核通过',
  publish: '发布',
}

export function reviewMail(facts: ReviewMailFacts): { subject: string; text: string } {
  const { tag, verb, ask } = headline[facts.action]
  const lines = [
    `${facts.kindLabel}《${facts.title}》${verb}。`,
    '',
    `内容：《${facts.title}》`,
    `操作：${actionLabels[facts.action]}`,
    `操作人：${facts.actor}`,
    `时间：${facts.when}`,
  ]
  if (facts.reason?.trim()) lines.push(`理由或意见：${facts.reason.trim()}`)
  if (facts.publishAt) lines.push(`定时发布时间：${facts.publishAt}`)
  lines.push('', ask, `在管理后台查看：${facts.link}`, '', '（本邮件由公报管理系统自动发送，请勿回复。）')
  return { subject: `【${tag}】${facts.kindLabel}《${facts.title}》${verb}`, text: lines.join('\n') }
}
