import type { Field } from 'payload'

import { staffOnlyField } from '../../access/staffOnlyField'

/** Code, year and serial of both numbers, derived on save for the register (not edited). */
export const numberPartFields: Field[] = (
  [
    ['docNumberCode', 'text'],
    ['docNumberYear', 'number'],
    ['docNumberSerial', 'number'],
    ['unifiedCode', 'text'],
    ['unifiedYear', 'number'],
    ['unifiedSerial', 'number'],
  ] as const
).map(([name, type]) => ({ name, type, index: true, access: staffOnlyField, admin: { hidden: true, readOnly: true } }) as Field)
