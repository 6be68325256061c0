import { describe, expect, it } from 'vitest'

import { checkHistory, type HistoryIssueCode } from '../../../core/history/checkHistory'
import type { DocumentVersion, VersionHistory } from '../../../core/history/versionHistory'
import { body } from './bodies'
import { threeVersions } from './threeVersions'

const amended = (changes: (versions: DocumentVersion[]) => void, end = threeVersions.end): VersionHistory => {
  const versions = threeVersions.versions.map((version) => ({ ...version }))
  changes(versions)
  return { ...threeVersions, versions, end }
}

const at = (versions: DocumentVersion[], index: number): DocumentVersion => versions[index] as DocumentVersion

describe('checkHistory', () => {
  it('finds nothing wrong with the three versions', () => {
    expect(checkHistory(threeVersions)).toEqual([])
  })

  it.each<[string, VersionHistory, HistoryIssueCode, number | null, string]>([
    ['no version', { ...threeVersions, versions: [] }, 'noVersions', null, '请至少录入一个版本：文件最初公布的文本（原文）。'],
    [
      'the first version is not the 原文',
      amended((v) => (at(v, 0).kind = 'amendment')),
      'firstNotOriginal',
      1,
      '第一个版本应为原文，现为第1个版本“2018年第一次修正”：请把文件最初公布的文本录为原文，修正、修订和勘误排在其后。',
    ],
    [
      'a later 原文',
      amended((v) => (at(v, 2).kind = 'original')),
      'originalNotFirst',
      3,
      '第3个版本“原文”不能是原文：只有第一个版本是原文，请改为修正、修订或勘误。',
    ],
    [
      'a version without 施行日期',
      amended((v) => (at(v, 1).effectiveDate = null)),
      'effectiveMissing',
      2,
      '第2个版本“2020年第一次修正”没有施行日期：请按修改决定或公布令中“自……起施行”的日期填写。',
    ],
    [
      'a version without 公布日期',
      amended((v) => (at(v, 1).promulgatedDate = null)),
      'promulgatedMissing',
      2,
      '第2个版本“2020年第一次修正”没有公布日期：请按公布令或印发通知填写公布的日期。',
    ],
    [
      'a day that does not exist',
      amended((v) => (at(v, 1).effectiveDate = '2020-02-30')),
      'invalidDate',
      2,
      '第2个版本“2020年第一次修正”的施行日期无效，请填写真实存在的日期（YYYY-MM-DD）。',
    ],
    [
      '施行日期 out of order',
      amended((v) => (at(v, 2).effectiveDate = '2020-05-01')),
      'effectiveOutOfOrder',
      3,
      '第3个版本“2022年第一次修订”的施行日期（2020年5月1日）早于前一个版本第2个版本“2020年第一次修正”的施行日期（2020年7月1日）：版本应按施行的先后排列，请调整顺序或更正日期。',
    ],
    [
      '公布日期 out of order',
      amended((v) => (at(v, 1).promulgatedDate = '2018-01-01')),
      'promulgatedOutOfOrder',
      2,
      '第2个版本“2018年第一次修正”的公布日期（2018年1月1日）早于前一个版本第1个版本“原文”的公布日期（2018年12月20日）：版本应按公布的先后排列，请调整顺序或更正日期。',
    ],
    [
      'two versions in force from the same day',
      amended((v) => (at(v, 2).effectiveDate = '2020-07-01')),
      'sameEffectiveDay',
      3,
      '第3个版本“2022年第一次修订”与第2个版本“2020年第一次修正”自同一天（2020年7月1日）起施行：同一天只能有一个版本开始施行（勘误除外），请核对施行日期。',
    ],
    [
      'a 修正 without its decision',
      amended((v) => (at(v, 1).amendedBy = null)),
      'amendingMissing',
      2,
      '第2个版本“2020年第一次修正”没有注明修改文件：请选择本公报中作出修改的决定或公布令；不在本公报中的，请填写其名称和文号，如《国务院关于修改和废止部分行政法规的决定》（国务院令第752号）。',
    ],
    [
      'a blank citation',
      amended((v) => (at(v, 2).amendedBy = { type: 'citation', text: '  ' })),
      'amendingMissing',
      3,
      '第3个版本“2022年第一次修订”没有注明修改文件：请选择本公报中作出修改的决定或公布令；不在本公报中的，请填写其名称和文号，如《国务院关于修改和废止部分行政法规的决定》（国务院令第752号）。',
    ],
    [
      'a 原文 with an amending document',
      amended((v) => (at(v, 0).amendedBy = { type: 'citation', text: '某决定' })),
      'amendingOnOriginal',
      1,
      '第1个版本“原文”是原文，不应填写修改文件，请清空这一项。',
    ],
    [
      'amended by itself',
      amended((v) => (at(v, 1).amendedBy = { type: 'document', documentId: threeVersions.documentId })),
      'amendingSelf',
      2,
      '第2个版本“2020年第一次修正”的修改文件不能是本文件自身，请选择作出修改的决定或命令。',
    ],
    [
      'a version in force after the repeal',
      amended(() => undefined, { repealedOn: '2022-06-01', expiresOn: null }),
      'effectiveAfterRepeal',
      3,
      '第3个版本“2022年第一次修订”自2023年1月1日起施行，但本文件已于2022年6月1日废止：废止后不能再有新版本施行，请核对这两个日期。',
    ],
    [
      'a version in force after 有效期至',
      amended(() => undefined, { repealedOn: null, expiresOn: '2022-12-31' }),
      'effectiveAfterExpiry',
      3,
      '第3个版本“2022年第一次修订”自2023年1月1日起施行，但本文件有效期至2022年12月31日：请核对施行日期，或先更正有效期至。',
    ],
    [
      'a version without title',
      amended((v) => (at(v, 1).title = ' ')),
      'titleMissing',
      2,
      '第2个版本“2020年第一次修正”没有标题：请填写该版本公布时的标题全文。',
    ],
    [
      'a version without text',
      amended((v) => (at(v, 1).body = body('   '))),
      'bodyEmpty',
      2,
      '第2个版本“2020年第一次修正”没有正文：请录入该版本的全文，或导入修改后的文本。',
    ],
  ])('%s', (_, history, code, version, message) => {
    const issues = checkHistory(history)
    expect(issues.filter((issue) => issue.code === code)).toEqual([expect.objectContaining({ code, version, message, severity: 'error' })])
  })

  it('warns, without refusing, when a version takes effect before it is made public', () => {
    const issues = checkHistory(amended((v) => (at(v, 1).effectiveDate = '2020-06-01')))
    expect(issues).toEqual([
      {
        code: 'effectiveBeforePromulgated',
        severity: 'warning',
        version: 2,
        field: 'effectiveDate',
        message: '第2个版本“2020年第一次修正”的施行日期（2020年6月1日）早于公布日期（2020年6月15日），请核对这两个日期。',
      },
    ])
  })

  it('lets a 勘误 take effect the same day as the text it corrects, and needs no amending document for it', () => {
    const corrected = amended((v) => {
      v.push({ ...at(v, 2), kind: 'correction', promulgatedDate: '2023-02-01', amendedBy: null })
    })
    expect(checkHistory(corrected)).toEqual([])
  })
})
