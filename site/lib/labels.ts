import { disclosureLabels } from '../../core/documents/disclosure'
import { type DocumentKindDefinition, findDocumentKind } from '../../core/documents/documentKinds'
import { interpretationFormLabels, type InterpretationForm } from '../../core/interpretations/interpretationForms'
import type { PublicOrganization } from '../../core/snapshot/schema'

const warnedKinds = new Set<string>()

/**
 * 文种 as readers know it, e.g. 行政规范性文件, from the gazette's kinds (the manifest's
 * gazette.kinds). A stored value the list no longer holds is shown as stored (and so is its
 * search filter value), is in no catalogue and has no feed; the build says so once per value.
 */
export function kindLabel(kinds: readonly DocumentKindDefinition[], kind: string): string {
  const found = findDocumentKind(kinds, kind)
  if (found) return found.label
  if (!warnedKinds.has(kind)) {
    warnedKinds.add(kind)
    console.warn(`文种“${kind}”不在快照的文种列表（gazette.kinds，由 DOCUMENT_KINDS_FILE 配置）中：按原值显示，不列入目录和订阅。`)
  }
  return kind
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
