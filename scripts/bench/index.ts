/**
 * npm run bench -- <benchmark> [--files N]
 * Benchmarks print figures; nothing here asserts on time.
 *   import   import N legacy text files into a fresh database (default 1000)
 *   publish  N published documents, a full pipeline build, then one more published (default 1000)
 *   print    an issue of N documents (the samples, then copies), published and so printed once (default 6)
 */
import { benchImport } from './importBench'
import { benchPrint } from './printBench'
import { benchPublish } from './publishBench'

const [name, ...rest] = process.argv.slice(2)
const option = (flag: string, fallback: number) => {
  const index = rest.indexOf(flag)
  const value = index >= 0 ? Number(rest[index + 1]) : NaN
  return Number.isInteger(value) && value >= 0 ? value : fallback
}

if (name === 'import') {
  await benchImport(option('--files', 1000))
} else if (name === 'publish') {
  await benchPublish(option('--docs', 1000))
} else if (name === 'print') {
  await benchPrint(option('--docs', 6))
} else {
  console.error('用法：npm run bench -- import [--files N] | publish [--docs N] | print [--docs N]')
  process.exit(2)
}
process.exit(0)
