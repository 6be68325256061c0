/**
 * SAMPLE_CONTENT=off: a production installation starts from an empty gazette. Published
 * issues cannot be deleted, so sample issues loaded by mistake would stay for good.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { prepareDatabase } from '../../scripts/lib/prepareDatabase'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette

beforeAll(async () => {
  gazette = await startTempGazette()
})

afterAll(async () => {
  delete process.env.SAMPLE_CONTENT
  await gazette?.cleanup()
})

describe('SAMPLE_CONTENT=off', () => {
  it('leaves an empty database empty, and says so', async () => {
    process.env.SAMPLE_CONTENT = 'off'
    const lines: string[] = []
    await prepareDatabase(gazette.payload, (line) => lines.push(line))
    expect(lines).toContain('数据库为空；SAMPLE_CONTENT=off，不导入示例内容。')
    for (const collection of ['documents', 'gazette-issues', 'interpretations'] as const) {
      expect((await gazette.payload.count({ collection })).totalDocs, collection).toBe(0)
    }
  })
})
