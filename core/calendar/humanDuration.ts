/**
 * A duration as a person reads it in Chinese (8.4秒, 42秒, 1分12秒, 2小时5分), for build
 * times stored in milliseconds. Under 10 seconds one decimal tells a quick build from a
 * slow one; past an hour the seconds no longer matter.
 */
export function humanDuration(ms: number | null | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return '—'
  const tenths = Math.round(ms / 100)
  if (tenths < 100) return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}秒`
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds}秒`
  if (seconds < 3600) {
    const rest = seconds % 60
    return rest === 0 ? `${seconds / 60}分钟` : `${Math.floor(seconds / 60)}分${rest}秒`
  }
  const minutes = Math.round(seconds / 60)
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分`
}
