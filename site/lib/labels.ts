import { disclosureLabels } from '../../core/documents/disclosure'
import { documentKindLabels, type DocumentKind } from '../../core/documents/documentKinds'
import { interpretationFormLabels, type InterpretationForm } from '../../core/interpretations/interpretationForms'
import type { PublicOrganization } from '../../core/snapshot/schema'

/** 文种 as readers know it, e.g. 行政规范性文件. */
export function kindLabel(kind: DocumentKind): string {
  return documentKindLabels[kind]
}

/** 公开属性: the snapshot only ever holds 主动公开 documents. */
export const proactiveLabel = disclosureLabels.proactive

/** Joint issuers in printed order, separated the way GB/T 9704 prints them. */
export function issuerNames(issuers: readonly PublicOrganization[]): string {
  return issuers.map((issuer) => issuer.name).join('　')
}

/** 解读形式 as readers know it, e.g. 图文解读. */
export function interpretationFormLabel(form: InterpretationForm): string {
  return interpretationFormLabels[form]
}
