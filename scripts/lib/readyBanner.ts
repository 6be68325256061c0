/**
 * npm start's closing summary, printed once both the gazette and the admin answer: the
 * one place an operator needs to read (addresses, account, password), so it comes last
 * and in one piece.
 */
export type ReadyFacts = { gazetteName: string; took: string; siteUrl: string; adminUrl: string; listening?: string; signIn: string[] }

export function readyBanner(facts: ReadyFacts): string {
  const rule = '─'.repeat(60)
  return [
    '',
    rule,
    `${facts.gazetteName}已启动（用时 ${facts.took}）`,
    `  公报网站：${facts.siteUrl}`,
    `  管理后台：${facts.adminUrl}${facts.listening ? `（本机监听 ${facts.listening}）` : ''}`,
    ...facts.signIn.map((line) => `  ${line}`),
    '按 Ctrl+C 停止。',
    rule,
    '',
  ].join('\n')
}
