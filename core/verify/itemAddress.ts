/** The public address of a logged item's page: how the log's answers name an item, since the log holds no titles. */
import { documentPath, interpretationPath, ISSUES_PATH, issuePath } from '../addresses'
import type { LoggedItem } from './entries'

export function itemAddress(item: Pick<LoggedItem, 'type' | 'id'>): string {
  if (item.type === 'document') return documentPath(item.id)
  if (item.type === 'interpretation') return interpretationPath(item.id)
  const match = /^(\d{4})-(\d+)$/.exec(item.id)
  return match ? issuePath({ year: Number(match[1]), issueNumber: Number(match[2]) }) : `${ISSUES_PATH}${item.id}/`
}
