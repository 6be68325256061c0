/**
 * What the issue page says when the issue's print PDF is held back because it prints
 * items no longer public (cms/issues/issuePdfWithheld.ts): withdrawn documents are
 * named (their addresses show withdrawal notices already), items no longer public at
 * all are not.
 */
import type { GazetteIssue } from '../../../core/snapshot/schema'

export function pdfWithheldNotice(withheld: GazetteIssue['pdfWithheld']): string | null {
  if (!withheld) return null
  const titles = withheld.withdrawn.map((title) => `《${title}》`).join('、')
  const what = titles
    ? `本期印刷版PDF所载文件${titles}已撤回${withheld.hidden ? '，另有部分文件已不再公开' : ''}`
    : '本期印刷版PDF所载部分文件已不再公开'
  return `${what}，PDF暂停提供；更正版上传后恢复。`
}
