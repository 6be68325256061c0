/**
 * The fields an entry read from a scanned back issue by OCR carries, on documents and
 * interpretations alike: its proofreading record (proofSpots.ts), written by the import
 * and read by staff only, and the view 文字识别校对 that shows it above the body
 * (components/OcrProofreading.tsx), with the page images of proofPageEndpoint.ts.
 */
import type { Field } from 'payload'

import { staffOnlyField } from '../access/staffOnlyField'

/** Not stored: the pages beside the uncertain characters, shown only when the entry has a proofreading record. */
export const ocrProofreadingView: Field = {
  name: 'ocrProofreading',
  type: 'ui',
  admin: {
    condition: (data) => Boolean(data?.ocrProofing),
    components: { Field: '/components/OcrProofreading#OcrProofreading' },
  },
}

/** Written by the back-issue import for an entry read by OCR; never public. */
export const ocrProofingField: Field = {
  name: 'ocrProofing',
  type: 'json',
  access: staffOnlyField,
  admin: { hidden: true, readOnly: true },
}
