/**
 * Checks on a set of documents and the relations between them. One rule, one code; each
 * issue names the document and field where the editor fixes it, with a Chinese message
 * that says what to do. Malformed days are reported, never thrown, so that a form can
 * show every problem at once.
 */
import { isCalendarDate } from '../calendar/calendarDate'
import { relationKindLabels, type DocumentRelation, type RelationKind } from './documentRelations'
import { inForceFrom, type ValidityFacts } from '../documents/validity'
import { formatChineseDate } from '../display/chineseDate'

export type CheckedDocument = { id: string; title?: string | null } & Pick<
  ValidityFacts,
  'writtenDate' | 'publishedDate' | 'effectiveDate' | 'expiresOn' | 'repealedOn'
>

export const relationIssueCodes = [
  'effectiveBeforeWritten',
  'expiresBeforeEffective',
  'repealBeforeEffective',
  'selfRelation',
  'relationCycle',
  'duplicateRelation',
  'invalidRelationDate',
] as const

export type RelationIssueCode = (typeof relationIssueCodes)[number]

export type RelationIssue = {
  code: RelationIssueCode
  /** The document whose form shows the issue. Relations are entered on the acting document. */
  documentId: string
  field: 'effectiveDate' | 'expiresOn' | 'repealedOn' | 'relations'
  message: string
  /** The relations at fault, as entered (empty for a document's own dates). */
  relations: DocumentRelation[]
}

/** Every message these checks produce, in one place. */
export const relationMessages = {
  effectiveBeforeWritten: '施行日期不能早于成文日期，请检查这两个日期。',
  expiresBeforeEffective: '有效期至不能早于施行日期，请检查这两个日期。',
  repealBeforeEffective: (name: string, repealed: string, from: string) =>
    `${name}的废止日期（${formatChineseDate(repealed)}）早于其开始施行的日期（${formatChineseDate(from)}），请检查废止日期。`,
  selfRelation: (kind: RelationKind) => `文件不能${relationKindLabels[kind]}自身，请选择另一份文件。`,
  relationCycle: (chain: string) => `废止、替代关系形成循环（${chain}），文件不能直接或间接废止自身，请删除错误的一条。`,
  duplicateRelation: (description: string) => `“${description}”已录入过一次，请删除重复的一条。`,
  invalidRelationDate: (description: string) => `“${description}”的日期无效，请填写真实存在的日期（YYYY-MM-DD）。`,
} as const

const validDay = (value: string | null | undefined): string | null => (isCalendarDate(value) ? value : null)

export function checkRelations(documents: readonly CheckedDocument[], relations: readonly DocumentRelation[]): RelationIssue[] {
  const byId = new Map(documents.map((d) => [d.id, d]))
  const name = (id: string): string => {
    const title = byId.get(id)?.title
    return title ? `《${title}》` : `“${id}”`
  }
  const describe = (r: DocumentRelation): string => `${name(r.from)}${relationKindLabels[r.kind]}${name(r.to)}`
  const issues: RelationIssue[] = []
  const push = (code: RelationIssueCode, documentId: string, field: RelationIssue['field'], message: string, at: DocumentRelation[] = []) =>
    issues.push({ code, documentId, field, message, relations: at })

  for (const doc of documents) {
    const written = validDay(doc.writtenDate)
    const effective = validDay(doc.effectiveDate)
    const expires = validDay(doc.expiresOn)
    const repealed = validDay(doc.repealedOn)
    const from = startOf(doc)
    if (written && effective && effective < written) {
      push('effectiveBeforeWritten', doc.id, 'effectiveDate', relationMessages.effectiveBeforeWritten)
    }
    if (effective && expires && expires < effective) {
      push('expiresBeforeEffective', doc.id, 'expiresOn', relationMessages.expiresBeforeEffective)
    }
    if (from && repealed && repealed < from) {
      push('repealBeforeEffective', doc.id, 'repealedOn', relationMessages.repealBeforeEffective(name(doc.id), repealed, from))
    }
  }

  const seen = new Map<string, DocumentRelation>()
  for (const r of relations) {
    if (r.from === r.to) {
      push('selfRelation', r.from, 'relations', relationMessages.selfRelation(r.kind), [r])
      continue
    }
    const key = `${r.kind}\u0000${r.from}\u0000${r.to}`
    const first = seen.get(key)
    if (first) push('duplicateRelation', r.from, 'relations', relationMessages.duplicateRelation(describe(r)), [first, r])
    else seen.set(key, r)
    if (!isCalendarDate(r.date)) {
      push('invalidRelationDate', r.from, 'relations', relationMessages.invalidRelationDate(describe(r)), [r])
      continue
    }
    const target = byId.get(r.to)
    const from = target ? startOf(target) : null
    if (r.kind !== 'amends' && from && r.date < from) {
      push('repealBeforeEffective', r.from, 'relations', relationMessages.repealBeforeEffective(name(r.to), r.date, from), [r])
    }
  }

  for (const cycle of repealCycles(relations)) {
    const first = cycle[0] as DocumentRelation
    push('relationCycle', first.from, 'relations', relationMessages.relationCycle(cycle.map(describe).join('，')), cycle)
  }
  return issues
}

// The day the document takes effect, by the same rule as its status, ignoring malformed days.
function startOf(doc: CheckedDocument): string | null {
  return inForceFrom({
    effectiveDate: validDay(doc.effectiveDate),
    publishedDate: validDay(doc.publishedDate),
    writtenDate: validDay(doc.writtenDate),
  })
}

/**
 * Groups of repeals and replacements that lead back to where they started (A replaces B,
 * B replaces A). Both kinds end the target's life, so a mixed loop is as impossible as a
 * pure one; amendments may go both ways over the years and are left out. Tarjan's
 * strongly connected components; each group keeps the input order of its relations.
 */
function repealCycles(relations: readonly DocumentRelation[]): DocumentRelation[][] {
  const ending = relations.filter((r) => r.kind !== 'amends' && r.from !== r.to)
  const next = new Map<string, string[]>()
  for (const r of ending) next.set(r.from, [...(next.get(r.from) ?? []), r.to])
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const component = new Map<string, number>()
  let counter = 0
  let components = 0
  const visit = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number))
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number))
      }
    }
    if (low.get(v) === index.get(v)) {
      let w: string | undefined
      do {
        w = stack.pop() as string
        onStack.delete(w)
        component.set(w, components)
      } while (w !== v)
      components++
    }
  }
  for (const r of ending) if (!index.has(r.from)) visit(r.from)
  const groups = new Map<number, DocumentRelation[]>()
  for (const r of ending) {
    const c = component.get(r.from)
    if (c !== undefined && c === component.get(r.to)) groups.set(c, [...(groups.get(c) ?? []), r])
  }
  return [...groups.values()]
}
