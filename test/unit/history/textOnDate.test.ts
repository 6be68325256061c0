import { describe, expect, it } from 'vitest'

import { statusFromHistory } from '../../../core/history/historyStatus'
import { datedVersions, textOnDate } from '../../../core/history/textOnDate'
import type { VersionHistory } from '../../../core/history/versionHistory'
import { versionNames } from '../../../core/history/versionLabels'
import { versionOnDate } from '../../../core/history/versionOnDate'
import type { ValidityStatus } from '../../../core/documents/validity'
import { body } from './bodies'
import { threeVersions } from './threeVersions'

describe('the three versions are named as Chinese texts name them', () => {
  it('原文, then each kind counted on its own with the year it was made public', () => {
    expect(versionNames(threeVersions.versions).map((name) => name.label)).toEqual(['原文', '2020年第一次修正', '2022年第一次修订'])
    expect(versionNames(threeVersions.versions).map((name) => name.shortLabel)).toEqual(['原文', '第一次修正', '第一次修订'])
  })

  it('counts further amendments and corrections: 第二次修正, 第十一次修正, 第一次勘误', () => {
    const version = (kind: 'amendment' | 'correction', year: number) => ({ kind, promulgatedDate: `${year}-01-01`, effectiveDate: null })
    const names = versionNames([
      { kind: 'original', promulgatedDate: '2000-01-01', effectiveDate: null },
      ...Array.from({ length: 11 }, (_, i) => version('amendment', 2001 + i)),
      version('correction', 2013),
    ])
    expect(names[2]?.label).toBe('2002年第二次修正')
    expect(names[11]?.label).toBe('2011年第十一次修正')
    expect(names[12]?.label).toBe('2013年第一次勘误')
  })

  it('names a row whose kind is not chosen yet by its place, never "undefined"', () => {
    const names = versionNames([{ kind: undefined as unknown as 'original', promulgatedDate: null, effectiveDate: null }])
    expect(names[0]?.label).toBe('第1个版本（未选类别）')
  })
})

describe('the text as of a date, before, on and after each 施行日期 and after the repeal', () => {
  it.each<[string, string, number | null, ValidityStatus]>([
    ['long before', '2000-01-01', null, 'not-yet-in-force'],
    ['the day before the 原文 takes effect (already made public)', '2018-12-31', null, 'not-yet-in-force'],
    ['the 原文 takes effect', '2019-01-01', 1, 'in-force'],
    ['the day after', '2019-01-02', 1, 'in-force'],
    ['the 修正 is made public but not in force', '2020-06-15', 1, 'in-force'],
    ['the day before the 修正 takes effect', '2020-06-30', 1, 'in-force'],
    ['the 修正 takes effect', '2020-07-01', 2, 'amended'],
    ['the day after', '2020-07-02', 2, 'amended'],
    ['the day before the 修订 takes effect', '2022-12-31', 2, 'amended'],
    ['the 修订 takes effect', '2023-01-01', 3, 'amended'],
    ['the day after', '2023-01-02', 3, 'amended'],
    ['the day before the repeal', '2025-02-28', 3, 'amended'],
    ['the repeal', '2025-03-01', null, 'repealed'],
    ['the day after', '2025-03-02', null, 'repealed'],
    ['long after', '2040-12-31', null, 'repealed'],
  ])('%s (%s): version %s, %s', (_, date, version, status) => {
    const text = textOnDate(threeVersions, date)
    expect(text.on.state === 'in-force' ? text.on.version.number : null).toBe(version)
    expect(text.version).toBe(version === null ? null : threeVersions.versions[version - 1])
    expect(statusFromHistory(threeVersions, date)).toBe(status)
  })

  it('says which version, since when and until when, and what comes next', () => {
    expect(textOnDate(threeVersions, '2020-06-30').on).toEqual({
      state: 'in-force',
      version: { number: 1, label: '原文' },
      since: '2019-01-01',
      until: '2020-06-30',
      amended: false,
      upcoming: { number: 2, label: '2020年第一次修正', effectiveDate: '2020-07-01' },
    })
    expect(textOnDate(threeVersions, '2023-01-01').on).toEqual({
      state: 'in-force',
      version: { number: 3, label: '2022年第一次修订' },
      since: '2023-01-01',
      until: '2025-02-28',
      amended: true,
      upcoming: null,
    })
    expect(textOnDate(threeVersions, '2023-01-01').version?.title).toBe('示例市城镇排水与污水处理管理办法')
  })

  it('before the first 施行日期 gives that day; after the repeal the day and the last text', () => {
    expect(textOnDate(threeVersions, '2018-12-31').on).toEqual({ state: 'not-yet-in-force', firstEffectiveDate: '2019-01-01' })
    expect(textOnDate(threeVersions, '2025-03-01').on).toEqual({
      state: 'repealed',
      repealedOn: '2025-03-01',
      lastVersion: { number: 3, label: '2022年第一次修订' },
    })
  })

  it('an expired document: in force on 有效期至, expired the day after, with the text of that last day', () => {
    const expiring: VersionHistory = { ...threeVersions, end: { repealedOn: null, expiresOn: '2024-12-31' } }
    expect(textOnDate(expiring, '2024-12-31').on).toMatchObject({ state: 'in-force', version: { number: 3 }, until: '2024-12-31' })
    expect(textOnDate(expiring, '2025-01-01').on).toEqual({
      state: 'expired',
      expiresOn: '2024-12-31',
      lastVersion: { number: 3, label: '2022年第一次修订' },
    })
    expect(statusFromHistory(expiring, '2025-01-01')).toBe('expired')
  })

  it('a version that would take effect after the repeal is never upcoming', () => {
    const repealedEarly: VersionHistory = { ...threeVersions, end: { repealedOn: '2022-12-01', expiresOn: null } }
    expect(textOnDate(repealedEarly, '2022-11-30').on).toMatchObject({ version: { number: 2 }, until: '2022-11-30', upcoming: null })
  })

  it('a 勘误 in force from the same day replaces the text it corrects, without making the document 已修改', () => {
    const corrected: VersionHistory = {
      documentId: 'corrected',
      versions: [
        {
          kind: 'original',
          title: '甲',
          body: body('第一条 原文有一个错别字。\n\n第二条 无误。'),
          promulgatedDate: '2021-03-01',
          effectiveDate: '2021-04-01',
          amendedBy: null,
        },
        {
          kind: 'correction',
          title: '甲',
          body: body('第一条 原文有一个错字。\n\n第二条 无误。'),
          promulgatedDate: '2021-03-15',
          effectiveDate: '2021-04-01',
          amendedBy: null,
        },
      ],
      end: { repealedOn: null, expiresOn: null },
    }
    expect(textOnDate(corrected, '2021-04-01').on).toMatchObject({
      state: 'in-force',
      version: { number: 2, label: '2021年第一次勘误' },
      amended: false,
    })
    expect(statusFromHistory(corrected, '2021-04-01')).toBe('in-force')
  })

  it('gives the same answer whatever the time zone of the machine (days are days, not instants)', () => {
    const zone = process.env.TZ
    const answers = (): unknown[] =>
      ['2020-06-30', '2020-07-01'].map((date) => versionOnDate(datedVersions(threeVersions), threeVersions.end, date))
    try {
      const results = ['Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'].map((tz) => {
        process.env.TZ = tz
        return answers()
      })
      for (const result of results) expect(result).toEqual(results[0])
      expect(results[0]).toMatchObject([{ version: { number: 1 } }, { version: { number: 2 } }])
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it.each(['2022-02-30', '2022-5-1', '', '2022-05-01T00:00:00+08:00'])('refuses the malformed day %j', (date) => {
    expect(() => textOnDate(threeVersions, date)).toThrow(RangeError)
  })
})
