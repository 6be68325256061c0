/**
 * The wording of the expiry reminder (pure): one message per run listing the documents
 * that reached a reminder horizon, nearest expiry first, each with its 有效期至, the days
 * left and its admin link, and a link to the whole 即将到期 list.
 */
import { formatChineseDate } from '../../core/display/chineseDate'

export type ExpiringItem = {
  title: string
  docNumber?: string | null
  /** 'YYYY-MM-DD' */
  expiresOn: string
  daysLeft: number
  /** The horizon reached (days before 有效期至). */
  horizon: number
  link: string
}

export type ExpiryMailFacts = { items: ExpiringItem[]; listLink: string }

const left = (days: number) => (days === 0 ? '今天届满' : `还有 ${days} 天`)

export function expiryMail({ items, listLink }: ExpiryMailFacts): { subject: string; text: string } {
  const sorted = [...items].sort((a, b) =>
    a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : a.title.localeCompare(b.title),
  )
  const first = sorted[0]
  const subject =
    sorted.length === 1 && first
      ? `【即将到期】文件《${first.title}》的有效期至${formatChineseDate(first.expiresOn)}届满`
      : `【即将到期】${sorted.length}件文件的有效期即将届满`
  const lines = [
    '以下已发布文件的有效期即将届满。请及时评估：需要继续施行的，按程序修订或重新制发；不再施行的，做好到期失效的清理和公告。',
    '',
  ]
  sorted.forEach((item, index) => {
    lines.push(`${index + 1}. 《${item.title}》${item.docNumber ? `（${item.docNumber}）` : ''}`)
    lines.push(`   有效期至：${formatChineseDate(item.expiresOn)}（${left(item.daysLeft)}，提前 ${item.horizon} 天提醒）`)
    lines.push(`   在管理后台查看：${item.link}`)
  })
  lines.push('', `全部即将到期的文件：${listLink}`, '', '（本邮件由公报管理系统自动发送，请勿回复。）')
  return { subject, text: lines.join('\n') }
}
