/**
 * What a bulk import prints: a progress line on standard error while it reads (期 i/n,
 * 页 p/m), and at the end a table with a row per issue (期号, entries, how it was read,
 * pages, the outcome, points to check) and the totals with the pages read per minute.
 */
import type { BulkIssueResult, BulkProgress } from './bulkImport'

export function progressLine(progress: BulkProgress): string {
  return `[期 ${progress.issue}/${progress.issues} · 页 ${progress.page}/${progress.pages}] ${progress.name}${progress.ocr ? '（文字识别）' : ''}`
}

const outcome: Record<BulkIssueResult['status'], string> = {
  saved: '已写入草稿',
  read: '已读取（试运行）',
  refused: '拒绝导入',
  failed: '失败',
}

function readBy(result: BulkIssueResult): string {
  if (result.pages === 0) return '—'
  if (result.recognised === 0) return '文字层'
  return result.recognised === result.pages ? '文字识别' : `部分识别（${result.recognised}页）`
}

export function summaryLines(results: readonly BulkIssueResult[], seconds: number): string[] {
  const rows = [
    ['期号', '文件', '篇数', '读取方式', '页数', '结果', '待核对'],
    ...results.map((result) => [
      result.label ?? '（未识别期号）',
      result.source.name,
      String(result.entries),
      readBy(result),
      String(result.pages),
      result.status === 'saved'
        ? `${outcome.saved}（新建${result.created}，更新${result.updated}，已发布未改${result.published}）`
        : outcome[result.status],
      String(result.problems),
    ]),
  ]
  const lines = rows.map((row) => `| ${row.join(' | ')} |`)
  lines.splice(1, 0, `|${rows[0]?.map(() => ' --- |').join('')}`)
  for (const result of results) for (const note of result.notes) lines.push(`  ${result.label ?? result.source.name}：${note}`)
  const pages = results.reduce((sum, result) => sum + result.pages, 0)
  const count = (status: BulkIssueResult['status']) => results.filter((result) => result.status === status).length
  const perMinute = seconds > 0 ? ((pages * 60) / seconds).toFixed(1) : '—'
  lines.push(
    `合计：${results.length}期（写入${count('saved')}期，试运行${count('read')}期，拒绝${count('refused')}期，失败${count('failed')}期），` +
      `${results.reduce((sum, result) => sum + result.entries, 0)}篇，${pages}页（文字识别${results.reduce((sum, result) => sum + result.recognised, 0)}页），` +
      `待核对${results.reduce((sum, result) => sum + result.problems, 0)}处；用时${seconds.toFixed(1)}秒，每分钟${perMinute}页。`,
  )
  return lines
}
