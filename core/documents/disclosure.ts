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

/**
 * The legal grounds of the 政府信息公开条例 for not disclosing proactively, each tied to
 * the attribute it supports. The editor picks one and adds free text.
 */
export const disclosureGrounds = {
  'state-secret': { attribute: 'not-disclosed', label: '依法确定为国家秘密（《条例》第十四条）' },
  'law-prohibited': { attribute: 'not-disclosed', label: '法律、行政法规禁止公开（《条例》第十四条）' },
  'security-stability': { attribute: 'not-disclosed', label: '公开后可能危及国家安全、公共安全、经济安全、社会稳定（《条例》第十四条）' },
  'third-party-rights': {
    attribute: 'not-disclosed',
    label: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害（《条例》第十五条）',
  },
  'internal-affairs': { attribute: 'not-disclosed', label: '人事管理、后勤管理、内部工作流程等内部事务信息（《条例》第十六条第一款）' },
  'process-information': {
    attribute: 'not-disclosed',
    label: '讨论记录、过程稿、磋商信函、请示报告等过程性信息（《条例》第十六条第二款）',
  },
  'enforcement-files': { attribute: 'not-disclosed', label: '行政执法案卷信息（《条例》第十六条第二款）' },
  'not-proactive-scope': { attribute: 'on-request', label: '不属于主动公开范围，可依申请提供（《条例》第二十七条）' },
  'third-party-opinion': { attribute: 'on-request', label: '涉及第三方合法权益，依申请公开前应征求第三方意见（《条例》第三十二条）' },
} as const satisfies Record<string, { attribute: Exclude<DisclosureAttribute, 'proactive'>; label: string }>

export type DisclosureGround = keyof typeof disclosureGrounds

/** Whether a ground supports the chosen attribute (a 不予公开 ground cannot justify 依申请公开). */
export function groundFits(ground: string | null | undefined, attribute: string | null | undefined): boolean {
  const entry = ground ? disclosureGrounds[ground as DisclosureGround] : undefined
  return entry !== undefined && entry.attribute === attribute
}
