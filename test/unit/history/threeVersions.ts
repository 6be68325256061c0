/**
 * A document with three versions, written for the tests (not a real document): the 原文 in
 * force from 2019-01-01, a 修正 by a decision of the same gazette in force from 2020-07-01,
 * a 修订 (whole new text, new title) in force from 2023-01-01, and a repeal on 2025-03-01.
 */
import type { VersionHistory } from '../../../core/history/versionHistory'
import { body } from './bodies'

export const threeVersions: VersionHistory = {
  documentId: 'shi-paishui-guanli-banfa',
  versions: [
    {
      kind: 'original',
      title: '示例市城市排水管理办法',
      body: body(
        [
          '## 第一章 总则',
          '第一条 为了加强城市排水管理，制定本办法。',
          '第二条 本办法适用于本市城区范围内的排水活动。',
          '## 第二章 许可',
          '第三条 排水户向城市排水设施排放污水的，应当申领排水许可证。',
          '第四条 排水许可证有效期为三年。',
        ].join('\n\n'),
      ),
      promulgatedDate: '2018-12-20',
      effectiveDate: '2019-01-01',
      amendedBy: null,
    },
    {
      kind: 'amendment',
      title: '示例市城市排水管理办法',
      body: body(
        [
          '## 第一章 总则',
          '第一条 为了加强城市排水管理，制定本办法。',
          '第二条 本办法适用于本市城区范围内的排水活动。',
          '## 第二章 许可',
          '第三条 排水户向城市排水设施排放污水的，应当申领排水许可证。',
          '第四条 排水许可证有效期为五年。',
        ].join('\n\n'),
      ),
      promulgatedDate: '2020-06-15',
      effectiveDate: '2020-07-01',
      amendedBy: { type: 'document', documentId: 'shi-zhengfu-xiugai-jueding-2020' },
    },
    {
      kind: 'revision',
      title: '示例市城镇排水与污水处理管理办法',
      body: body(
        [
          '## 第一章 总则',
          '第一条 为了加强城镇排水与污水处理管理，保障公共安全，制定本办法。',
          '第二条 本办法适用于本市行政区域内的城镇排水与污水处理活动。',
          '第三条 市城镇排水主管部门负责本办法的组织实施。',
          '## 第二章 许可',
          '第四条 排水户向城镇排水设施排放污水的，应当申领排水许可证。',
          '第五条 排水许可证有效期为五年。',
        ].join('\n\n'),
      ),
      promulgatedDate: '2022-10-10',
      effectiveDate: '2023-01-01',
      amendedBy: { type: 'citation', text: '示例市人民政府令第18号' },
    },
  ],
  end: { repealedOn: '2025-03-01', expiresOn: null },
}
