/** A stage process hands its own figures back to the benchmark through a JSON file (BENCH_RESULT). */
import fs from 'node:fs'

export function writeStageResult(value: unknown): void {
  const file = process.env.BENCH_RESULT
  if (!file) throw new Error('BENCH_RESULT is not set: stages are started by npm run bench')
  fs.writeFileSync(file, JSON.stringify(value))
}

export function readStageResult<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T
}
