import type { Field } from 'payload'

import { label } from '../../fields/label'

/** The item's 签发 and review record on its page (components/ReviewHistory.tsx); stores nothing. */
export function reviewHistoryField(): Field {
  return {
    name: 'reviewHistory',
    type: 'ui',
    label: label('签发与审核记录', 'Sign-off and review record'),
    admin: { position: 'sidebar', components: { Field: '/components/ReviewHistory#ReviewHistory' } },
  }
}
