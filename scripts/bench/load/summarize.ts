/** Recorded requests as the report's figures: count, throughput, p50/p95/max latency, errors by status. */
import { percentiles } from '../scale/report'
import type { Sample } from './recorder'
import type { ActionKind, KindFigures } from './types'

export function figuresOf(samples: Sample[], wallMs: number): KindFigures {
  const { p50, p95, max } = percentiles(samples.map((sample) => sample.ms))
  const errors: Record<string, number> = {}
  for (const sample of samples) {
    const failed = typeof sample.status !== 'number' || sample.status >= 400
    if (failed) errors[String(sample.status)] = (errors[String(sample.status)] ?? 0) + 1
  }
  return {
    count: samples.length,
    opsPerSecond: wallMs > 0 ? samples.length / (wallMs / 1000) : 0,
    p50Ms: p50,
    p95Ms: p95,
    maxMs: max,
    errors,
  }
}

export function figuresByKind(samples: Sample[], wallMs: number): Partial<Record<ActionKind, KindFigures>> {
  const byKind = new Map<ActionKind, Sample[]>()
  for (const sample of samples) {
    const list = byKind.get(sample.kind) ?? []
    list.push(sample)
    byKind.set(sample.kind, list)
  }
  return Object.fromEntries([...byKind].map(([kind, list]) => [kind, figuresOf(list, wallMs)]))
}

export function errorCount(figures: KindFigures): number {
  return Object.values(figures.errors).reduce((sum, count) => sum + count, 0)
}
