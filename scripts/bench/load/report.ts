/** The load benchmark's figures as tables for the terminal: one row per round and action kind. */
import { table } from '../scale/report'
import { type ActionKind, actionKinds, type KindFigures, type LoadReport, type RoundFigures } from './types'

const kindLabels: Record<ActionKind, string> = {
  'sign-in': '登录 sign-in',
  create: '新建 create',
  save: '保存 save',
  submit: '提交 submit',
  'review-read': '审核打开 review read',
  approve: '审核通过 approve',
  'publish-read': '发布打开 publish read',
  publish: '发布 publish',
  'public-read': '公众读取 public read',
}

const ms = (value: number) => `${Math.round(value)}`
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`

export function errorText(errors: Record<string, number>): string {
  const entries = Object.entries(errors)
  return entries.length === 0 ? '0' : entries.map(([status, count]) => `${count}×${status}`).join(' ')
}

function kindRow(label: string, figures: KindFigures): string[] {
  return [
    label,
    String(figures.count),
    figures.opsPerSecond.toFixed(2),
    ms(figures.p50Ms),
    ms(figures.p95Ms),
    ms(figures.maxMs),
    errorText(figures.errors),
  ]
}

export function formatRound(round: RoundFigures): string[] {
  const rows = [['动作 action', '次数', 'ops/s', 'p50 ms', 'p95 ms', 'max ms', '错误 errors']]
  for (const kind of actionKinds) {
    const figures = round.kinds[kind]
    if (figures) rows.push(kindRow(kindLabels[kind], figures))
  }
  rows.push(kindRow('编辑写入合计 saves', round.saves))
  const builds = round.builds
  const statuses = Object.entries(builds.byStatus)
    .map(([status, count]) => `${status} ${count}`)
    .join('，')
  return [
    `${round.editors} 位编辑、${round.reviewers} 位审核员、${round.publishers} 位发布员：用时 ${seconds(round.wallMs)}，负载 load average ${round.loadAverage.map((l) => l.toFixed(1)).join(' → ')}，CMS 进程树峰值内存 ${megabytes(round.peakRssBytes)}`,
    ...table(rows).map((line) => `  ${line}`),
    `  发布 ${round.published.published}/${round.published.documents} 篇，公开 API 可见 ${round.published.public} 篇；网站构建 ${builds.count} 次（${statuses || '无'}${builds.durationsMs.length ? `，每次 ${builds.durationsMs.map(seconds).join(' / ')}` : ''}${builds.stillBusy ? '，等待结束时仍在构建' : ''}）`,
    `  ${round.holds ? '✓ 保存 p95 < 1 s 且无错误' : '✗ 保存 p95 ≥ 1 s 或有错误'}`,
  ]
}

export function formatSummary(report: LoadReport): string[] {
  const rows = [['编辑 editors', '保存/s', '保存 p50 ms', '保存 p95 ms', '保存 max ms', '公众读取 p95 ms', '错误', '构建', '峰值内存', '']]
  for (const round of report.rounds) {
    rows.push([
      String(round.editors),
      round.saves.opsPerSecond.toFixed(2),
      ms(round.saves.p50Ms),
      ms(round.saves.p95Ms),
      ms(round.saves.maxMs),
      round.kinds['public-read'] ? ms(round.kinds['public-read'].p95Ms) : '—',
      String(round.errors),
      String(round.builds.count),
      megabytes(round.peakRssBytes),
      round.holds ? '✓' : '✗',
    ])
  }
  return [
    ...table(rows),
    '',
    report.holdsEditors === null
      ? '没有一轮做到保存 p95 < 1 s 且无错误。'
      : `一台 ${report.machine.cpus} 核服务器可承载 ${report.holdsEditors} 位同时工作的编辑（保存 p95 < 1 s 且无错误；编辑每两次操作间隔约 ${seconds(report.settings.thinkMs)}）。`,
    `CMS 进程树峰值内存（含其网站构建）：${megabytes(report.peakRssBytes)}`,
  ]
}
