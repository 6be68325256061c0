/**
 * A build's log as kept on its record: the beginning (what was exported, how the build was
 * planned) and the end (what went live, or why it failed), with the middle (Astro's line
 * per page, thousands of them on a large gazette) left out when the log grows too long.
 */
const HEAD = 5_000
const TAIL = 15_000

export function createBuildLog(): { append(chunk: string): void; text(): string } {
  let head = ''
  let tail = ''
  let dropped = false
  return {
    append(chunk) {
      const line = chunk.endsWith('\n') ? chunk : `${chunk}\n`
      if (!dropped && head.length + line.length <= HEAD) {
        head += line
        return
      }
      tail += line
      if (tail.length > TAIL) {
        dropped = true
        tail = tail.slice(-TAIL)
      }
    },
    text: () => (dropped ? `${head}……（中间部分已省略）……\n${tail}` : head + tail),
  }
}
