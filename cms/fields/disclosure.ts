import type { Field } from 'payload'

import {
  disclosureAttributes,
  disclosureGrounds,
  disclosureLabels,
  groundFits,
  requiresDisclosureReason,
} from '../../core/documents/disclosure'
import { staffOnlyField } from '../access/staffOnlyField'
import { messages } from '../../core/messages'
import { label } from './label'

/**
 * 公开属性 and, for 依申请公开 and 不予公开, the legal ground and the reason: on every
 * publishable item. The ground is required of staff at publication; system work
 * (seeding, tests) states reasons in free text.
 */
export function disclosureFields(): Field {
  return {
    type: 'row',
    fields: [
      {
        name: 'disclosure',
        type: 'select',
        required: true,
        label: label('公开属性', 'Disclosure'),
        options: disclosureAttributes.map((value) => ({ label: disclosureLabels[value], value })),
        admin: { description: '只有“主动公开”的内容会出现在公报网站和公开接口中。', width: '50%' },
      },
      {
        name: 'disclosureGround',
        type: 'select',
        label: label('法定理由', 'Legal ground'),
        access: staffOnlyField,
        options: Object.entries(disclosureGrounds).map(([value, ground]) => ({ label: ground.label, value })),
        validate: (
          value: string | null | undefined,
          { siblingData, req }: { siblingData: Record<string, unknown>; req: { user?: unknown } },
        ) => {
          const attribute = siblingData?.disclosure as string
          if (!requiresDisclosureReason(attribute) || !req.user) return true
          return groundFits(value, attribute) ? true : messages.disclosureGroundRequired
        },
        admin: {
          condition: (_data, siblingData) => requiresDisclosureReason(siblingData?.disclosure),
          description: '按《中华人民共和国政府信息公开条例》选择不主动公开的法定理由。',
          width: '50%',
        },
      },
      {
        name: 'disclosureReason',
        type: 'textarea',
        label: label('不公开或依申请公开的理由', 'Reason'),
        access: staffOnlyField,
        validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
          requiresDisclosureReason(siblingData?.disclosure as string) && !value?.trim() ? messages.disclosureReasonRequired : true,
        admin: {
          condition: (_data, siblingData) => requiresDisclosureReason(siblingData?.disclosure),
          description: '结合法定理由具体说明。',
          width: '100%',
        },
      },
    ],
  }
}
