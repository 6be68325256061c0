import { describe, expect, it } from 'vitest'

import { addDays } from '../../../core/calendar/calendarArithmetic'
import { textOnDate } from '../../../core/history/textOnDate'
import { buildVersionIndex, queryDate, resolveVersionIndex } from '../../../core/history/versionIndex'
import { versionIndexSchema } from '../../../core/history/versionIndexSchema'
import { threeVersions } from './threeVersions'

describe('the version index of the static site', () => {
  const index = buildVersionIndex(threeVersions)

  it('lists every version with its number, name, title, dates, amending document and changes, without the texts', () => {
    expect(index).toEqual({
      documentId: 'shi-paishui-guanli-banfa',
      repealedOn: '2025-03-01',
      expiresOn: null,
      versions: [
        {
          number: 1,
          kind: 'original',
          label: '原文',
          title: '示例市城市排水管理办法',
          promulgatedDate: '2018-12-20',
          effectiveDate: '2019-01-01',
          amendedBy: null,
          changes: null,
        },
        {
          number: 2,
          kind: 'amendment',
          label: '2020年第一次修正',
          title: '示例市城市排水管理办法',
          promulgatedDate: '2020-06-15',
          effectiveDate: '2020-07-01',
          amendedBy: { type: 'document', documentId: 'shi-zhengfu-xiugai-jueding-2020' },
          changes: { changed: ['第四条'], added: [], deleted: [], renumbered: [] },
        },
        expect.objectContaining({
          number: 3,
          label: '2022年第一次修订',
          title: '示例市城镇排水与污水处理管理办法',
          changes: expect.objectContaining({ added: ['第三条'] }),
        }),
      ],
    })
  })

  it('survives JSON and its schema unchanged', () => {
    expect(versionIndexSchema.parse(JSON.parse(JSON.stringify(index)))).toEqual(index)
  })

  it('answers a date exactly as the full history does, on every boundary and the days around it', () => {
    const marks = ['2019-01-01', '2020-06-15', '2020-07-01', '2022-10-10', '2023-01-01', '2025-03-01']
    const days = ['1999-01-01', '2099-01-01', ...marks.flatMap((mark) => [addDays(mark, -1), mark, addDays(mark, 1)])]
    for (const day of days) expect(resolveVersionIndex(index, day), day).toEqual(textOnDate(threeVersions, day).on)
  })

  it('reads the date of an address, refusing anything that is not a real day', () => {
    expect(queryDate('2022-05-01')).toBe('2022-05-01')
    for (const value of ['2022-02-30', '2022-5-1', '20220501', '', null, undefined, '2022-05-01T00:00']) expect(queryDate(value)).toBeNull()
  })
})
