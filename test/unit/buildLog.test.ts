import { describe, expect, it } from 'vitest'

import { createBuildLog } from '../../cms/publishing/buildLog'

describe('a build log', () => {
  it('keeps a short log whole, one line per entry', () => {
    const log = createBuildLog()
    log.append('已导出公开快照')
    log.append('已上线：b1\n')
    expect(log.text()).toBe('已导出公开快照\n已上线：b1\n')
  })

  it('keeps the beginning and the end of a long log and says the middle was left out', () => {
    const log = createBuildLog()
    log.append('已导出公开快照：10000 篇文件（3.4 秒）')
    for (let page = 0; page < 5000; page += 1) log.append(`  ├─ /numbers/河政发/2020/${page}/index.html (+1ms)`)
    log.append('已上线：b2')
    const text = log.text()
    expect(text.startsWith('已导出公开快照：10000 篇文件（3.4 秒）\n')).toBe(true)
    expect(text.endsWith('已上线：b2\n')).toBe(true)
    expect(text).toContain('……（中间部分已省略）……')
    expect(text).not.toContain('/2020/2500/index.html')
    expect(text.length).toBeLessThan(21_000)
  })
})
