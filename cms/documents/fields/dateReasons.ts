import type { Field } from 'payload'

import { shortNoticeGroundLabels, shortNoticeGrounds } from '../../../core/documents/documentDates'
import { kindHasRule } from '../../../core/documents/documentKinds'
import { configuredDocumentKinds } from '../../../core/documents/documentKindsFile'
import { label } from '../../fields/label'

/**
 * Where an editor records why a document's 施行日期 departs from the date rules
 * (domain/documentDates.ts checkDateRules): a reason for taking effect before it was
 * written, and the 规章制定程序条例 第三十二条 ground for a 规章 taking effect within
 * 30 days of publication (the kinds with the ruleNotice rule). Beside them, the 施行前刊登 warning (not a refusal).
 */
export function dateReasonFields(): Field[] {
  const kinds = configuredDocumentKinds()
  return [
    {
      name: 'dateWarnings',
      type: 'ui',
      label: label('日期提示', 'Date warnings'),
      admin: { components: { Field: { path: '/components/DateWarnings#DateWarnings', clientProps: { kinds } } } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'effectiveDateReason',
          type: 'textarea',
          label: label('施行日期说明', 'Why 施行日期 precedes 成文日期'),
          admin: { description: '施行日期早于成文日期时必须写明理由（如溯及既往的依据）；其他情况留空。', width: '50%' },
        },
        {
          name: 'shortNoticeGround',
          type: 'select',
          label: label('提前施行的依据', 'Ground for taking effect early'),
          options: shortNoticeGrounds.map((value) => ({ value, label: shortNoticeGroundLabels[value] })),
          admin: {
            description: '《规章制定程序条例》第三十二条：规章自公布之日起30日后施行；属下列情形的，可以自公布之日起施行。',
            condition: (data) => kindHasRule(kinds, data?.kind as string | undefined, 'ruleNotice'),
            width: '50%',
          },
        },
      ],
    },
  ]
}
