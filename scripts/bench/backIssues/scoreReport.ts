/** How a reading's score is printed by the back-issue benchmarks: one line of figures, then each entry not exactly right. */
import type { ScoreResult } from './readingScore'

export const percent = (value: number) => `${(value * 100).toFixed(2)}%`

export function printScore(label: string, pages: number, ms: number, score: ScoreResult, problems: number): void {
  console.log(
    `${label}：${pages}页 ${(ms / 1000).toFixed(1)}秒（每分钟${((pages * 60_000) / ms).toFixed(1)}页）；` +
      `标题字错率 ${percent(score.titleCer)}，正文字错率 ${percent(score.bodyCer)}；` +
      `标题、文号、页码全对 ${percent(score.exactShare)}（${score.entries.filter((entry) => entry.exact).length}/${score.entries.length}），` +
      `页码全对 ${score.entries.filter((entry) => entry.exactPages).length}/${score.entries.length}；待核对 ${problems} 处`,
  )
  for (const entry of score.entries) {
    if (entry.exact) continue
    const wrong = [
      !entry.exactTitle && `标题“${entry.read?.title ?? '（未找到）'}”`,
      !entry.exactNumber && `文号“${entry.read?.docNumber ?? '无'}”`,
      !entry.exactPages && `页码${entry.read?.firstPage ?? '?'}–${entry.read?.lastPage ?? '?'}`,
    ]
    console.log(`  ✗ 《${entry.title}》：${wrong.filter(Boolean).join('，')}`)
  }
}
