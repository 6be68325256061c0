/** The benchmark's figures as a table for the terminal, and the percentiles it needs. */
import type { Percentiles } from './types'
import type { BenchReport } from './types'

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b)
  // Nearest rank: with 20-odd queries p95 is the second-worst, not an interpolation.
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 }
}

const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`)
const megabytes = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? '—' : `${(bytes / 1024 ** 2).toFixed(0)} MB`
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
const ms = (value: number) => `${value.toFixed(0)} ms`

export function formatReport(report: BenchReport): string {
  const rows: Array<[string, string, string, string]> = [['阶段 stage', '用时 wall', '峰值内存 peak', '说明 notes']]
  const { load, export: exported, site, fullBuild, edit, sizes, documentPage, search } = report
  rows.push([
    '载入 load',
    seconds(load.wallMs),
    megabytes(load.peakRssBytes),
    `生成 ${seconds(load.generateMs)}，Local API ${seconds(load.loadMs)}`,
  ])
  rows.push(['导出 export', seconds(exported.wallMs), megabytes(exported.peakRssBytes), `exportSnapshot ${seconds(exported.exportMs)}`])
  rows.push([
    '网站 astro build',
    seconds(site.wallMs),
    megabytes(site.peakRssBytes),
    `渲染 ${seconds(site.renderMs)}（${site.pages ?? '?'} 页），Pagefind ${seconds(site.pagefindMs)} / ${megabytes(site.pagefindPeakBytes)}${site.stoppedAtBytes ? '，超出内存上限被终止' : ''}`,
  ])
  rows.push([
    '完整构建 full build',
    seconds(fullBuild.wallMs),
    megabytes(fullBuild.peakRssBytes),
    `导出 + 网站 + 索引${fullBuild.logMs === undefined ? '' : ` + 发布日志 ${seconds(fullBuild.logMs)}`}`,
  ])
  if (edit) {
    rows.push([
      '修改一篇 edit one',
      seconds(edit.liveMs ?? edit.wallMs),
      megabytes(edit.peakRssBytes),
      edit.stoppedAtBytes
        ? `超出内存上限，${seconds(edit.wallMs)} 后被终止`
        : `保存 ${ms(edit.saveMs ?? 0)}，流水线 ${seconds(edit.buildMs)}：导出 ${seconds(edit.exportMs)}，网站 ${seconds(edit.siteMs)}（${edit.keptPages === null ? '完整重建' : `保留 ${edit.keptPages} 页`}，Pagefind ${seconds(edit.pagefindMs)}），检查 ${seconds(edit.verifyMs)}，发布日志 ${seconds(edit.logMs)}；任务结束（含清理旧构建）${seconds(edit.doneMs)}；${edit.status}${edit.liveHasEdit ? '' : '，线上未见修改！'}`,
    ])
  }
  const lines = [
    `${report.docs} 篇文件，${report.machine.cpus} 核，提交 ${report.machine.commit ?? '?'}；各阶段开始时的负载 load average: ${[load, exported, site, ...(edit ? [edit] : [])].map((s) => s.loadAverage[0].toFixed(1)).join(' / ')}`,
    '',
    ...table(rows),
  ]
  lines.push('')
  lines.push(
    `大小 sizes: dist ${megabytes(sizes.dist.bytes)}（${sizes.dist.files} 个文件），索引 pagefind ${megabytes(sizes.pagefind.bytes)}（${sizes.pagefind.files} 个文件），快照 ${megabytes(sizes.snapshot.bytes)}，文件页 ${sizes.documentPages}`,
  )
  if (documentPage) {
    lines.push(
      `文件页 ${documentPage.address}: HTML ${kilobytes(documentPage.htmlGzipBytes)} + CSS ${kilobytes(documentPage.cssGzipBytes)} = ${kilobytes(documentPage.totalGzipBytes)}（gzip），脚本 ${documentPage.scripts.length}: ${documentPage.scripts.join(', ') || '无'}`,
    )
  }
  if (search) {
    const s = search.summary
    lines.push('')
    lines.push(
      ...table([
        ['检索 search', 'p50', 'p95', 'max'],
        ['首次 first (ms)', ms(s.firstMs.p50), ms(s.firstMs.p95), ms(s.firstMs.max)],
        ['热 warm (ms)', ms(s.warmMs.p50), ms(s.warmMs.p95), ms(s.warmMs.max)],
        ['首次下载 first KB (gzip)', kilobytes(s.firstBytes.p50), kilobytes(s.firstBytes.p95), kilobytes(s.firstBytes.max)],
        ['热下载 warm KB (gzip)', kilobytes(s.warmBytes.p50), kilobytes(s.warmBytes.p95), kilobytes(s.warmBytes.max)],
      ]),
    )
    lines.push(`文号检索首位命中 number queries at rank 1: ${s.numberQueriesAtRankOne}/${s.numberQueries}`)
    lines.push('')
    lines.push(
      ...table([
        ['查询 query', '类别', '首次 first', '热 warm', '结果', '首位 top'],
        ...search.queries.map((q): [string, string, string, string, string, string] => [
          [q.query || '（仅筛选）', ...Object.entries(q.filters).map(([key, value]) => `${key}=${value}`)].join(' '),
          q.kind,
          `${ms(q.first.ms)} ${kilobytes(q.first.bytes)}`,
          `${ms(q.warm.ms)} ${kilobytes(q.warm.bytes)}`,
          String(q.first.results),
          q.expected ? (q.rankOne ? '✓' : `✗ ${q.first.top ?? '无'}`) : (q.first.top ?? '无'),
        ]),
      ]),
    )
  }
  return lines.join('\n')
}

/** Columns padded by display width (a Chinese character takes two columns). */
export function table(rows: string[][]): string[] {
  const width = (text: string) => [...text].reduce((sum, c) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? '')))) ?? []
  return rows.map((row) =>
    row
      .map((cell, column) => cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd(),
  )
}
