/**
 * Disclosure attributes (公开属性). Only `proactive` documents ever reach the public
 * site or API; the other two are kept for the record and need a reason.
 */
export const disclosureAttributes = ['proactive', 'on-request', 'not-disclosed'] as const

export type DisclosureAttribute = (typeof disclosureAttributes)[number]

export const disclosureLabels: Record<DisclosureAttribute, string> = {
  proactive: '主动公开',
  'on-request': '依申请公开',
  'not-disclosed': '不予公开',
}

/** Whether a document with this attribute may be shown to the public. */
export function isPublicAttribute(attribute: string | null | undefined): attribute is 'proactive' {
  return attribute === 'proactive'
}

/** 依申请公开 and 不予公开 must say why (政府信息公开条例). */
export function requiresDisclosureReason(attribute: string | null | undefined): boolean {
  return attribute === 'on-request' || attribute === 'not-disclosed'
}
