/**
 * readFile with a bound on how many files are open at once. Pages load snapshot files in
 * parallel, and at 30,000 documents reading them all at once passes the process's limit
 * on open files (EMFILE); a few hundred at a time reads just as fast.
 */
import { readFile } from 'node:fs/promises'

const MAX_OPEN = 256
let open = 0
const waiting: Array<() => void> = []

export async function boundedReadFile(file: string): Promise<string> {
  if (open < MAX_OPEN) open += 1
  else await new Promise<void>((resolve) => waiting.push(resolve))
  try {
    return await readFile(file, 'utf8')
  } finally {
    // The slot passes straight to the next waiting read, if any.
    const next = waiting.shift()
    if (next) next()
    else open -= 1
  }
}
