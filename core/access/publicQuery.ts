/**
 * Which filters and sorts a request may use, decided from a description of the
 * collection's fields (no Payload here: cms/access/publicQueryGuard.ts adapts it).
 *
 * Why: Payload 3.90 checks field-read access on `where` paths, but lets the nested form
 * of a relationship filter (`documents: { contains: { title: { like } } }`) and sorting by
 * a related field reach rows the requester may not read: an anonymous yes/no oracle on
 * hidden documents. It also hands operator objects nested where a value belongs, and
 * malformed ids, to the database, which fails with a 500.
 *
 * - The public (no staff user) may filter and sort only by the collection's own readable
 *   fields, with a fixed set of operators per field type and scalar values; a
 *   relationship only by equality with ids, which the caller must find readable (a filter
 *   naming a hidden id would tell whether a public item points to it).
 * - Staff keep Payload's full grammar (related paths, nested relationship queries), but
 *   every value must be well formed, so that mistakes answer 400, never 500.
 *
 * Why a walker of our own: the grammar is Payload's (and/or lists, operator objects,
 * `a__b` paths, nested relationship queries, `{ relationTo, value }` values); Payload's
 * own validateQueryPaths is what lets these cases through, and a generic JSON-schema or
 * query-string validator knows none of it. The grammar is small enough to walk here.
 */
import { messages } from '../messages'
import { type IdKind, isWellFormedId } from '../web/recordId'

/** What a request may know about one field path of a collection (through arrays and groups, not relationships). */
export type FieldShape = {
  /** Payload's field type, or 'id' for the record id. */
  type: string
  hasMany?: boolean
  /** Target collection(s) of a relationship, upload or join. */
  relationTo?: string | readonly string[]
  /** False when the requester may not read the field. */
  readable: boolean
}

export type CollectionShape = ReadonlyMap<string, FieldShape>

export type QueryLimits = { depth: number; conditions: number; listItems: number; valueLength: number }

export const defaultQueryLimits: QueryLimits = { depth: 8, conditions: 100, listItems: 500, valueLength: 1000 }

export type QueryRules = {
  mode: 'public' | 'staff'
  idKind: IdKind
  shapeOf: (collection: string) => CollectionShape | undefined
  /** First path segments left for Payload to judge: version paths, which only a versions read knows. */
  deferredRoots?: ReadonlySet<string>
  limits?: QueryLimits
}

export type ProblemReason =
  | 'notAnObject'
  | 'unknownField'
  | 'hiddenField'
  | 'relatedPath'
  | 'relationFilter'
  | 'unknownOperator'
  | 'operatorNotAllowed'
  | 'malformedValue'
  | 'malformedId'
  | 'tooLong'
  | 'tooDeep'
  | 'tooMany'
  | 'sortNotAllowed'
  | 'hiddenTarget'

export type QueryProblem = { path: string; reason: ProblemReason }

/** Ids a public filter compares a relationship with: the caller checks that the public may read them. */
export type RelationIds = { path: string; collection: string; ids: string[] }

export type QueryCheck = { problems: QueryProblem[]; relationIds: RelationIds[] }

export const validOperators: ReadonlySet<string> = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])

const listOperators = new Set(['in', 'not_in', 'all'])
const geoOperators = new Set(['near', 'within', 'intersects'])
const textOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'like', 'contains', 'exists'])
const rangeOperators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'exists',
])
const choiceOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'exists'])

/** The public's operators by field type; a type not listed cannot be filtered by the public. */
const publicOperators: Record<string, ReadonlySet<string>> = {
  text: textOperators,
  textarea: textOperators,
  email: textOperators,
  code: textOperators,
  // Stored rich text holds the ids of the records it links to, hidden ones too: not searchable.
  richText: new Set(['exists']),
  number: rangeOperators,
  date: rangeOperators,
  id: rangeOperators,
  checkbox: new Set(['equals', 'not_equals', 'exists']),
  select: choiceOperators,
  radio: choiceOperators,
}
/**
 * A relationship, for the public: "points to one of these ids" only. Negations would match
 * a row through the hidden targets its public answer no longer shows (`documents
 * not_equals 1` finds an interpretation of documents 1 and a hidden 4), and so would exists.
 */
const publicRelationOperators = new Set(['equals', 'in'])
const sortableTypes = new Set(['text', 'textarea', 'email', 'code', 'number', 'date', 'checkbox', 'select', 'radio', 'id'])

const isRelation = (field: FieldShape) => field.type === 'relationship' || field.type === 'upload' || field.type === 'join'

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** Payload's reading of a path: `_id` is `id`, GraphQL's `a__b` is `a.b`. */
export function normalizePath(path: string): string {
  return path === '_id' ? 'id' : path.replace(/__/g, '.')
}

type Resolved =
  /** A field of the collection itself. */
  | { kind: 'own'; field: FieldShape }
  /** A field reached through a relationship; the leaf when known. */
  | { kind: 'related'; field?: FieldShape }
  /** Inside a value Payload interprets itself: a polymorphic relationship's value/relationTo, a JSON path. */
  | { kind: 'inside'; field: FieldShape }

function resolvePath(rules: QueryRules, collection: string, path: string, hops = 0): Resolved | undefined {
  const shape = rules.shapeOf(collection)
  if (!shape) return undefined
  const own = shape.get(path)
  if (own) return { kind: 'own', field: own }
  const segments = path.split('.')
  for (let cut = segments.length - 1; cut >= 1; cut--) {
    const field = shape.get(segments.slice(0, cut).join('.'))
    if (!field) continue
    const rest = segments.slice(cut).join('.')
    if (field.type === 'json') return { kind: 'inside', field }
    if (!isRelation(field)) return undefined
    if (typeof field.relationTo !== 'string') return { kind: 'inside', field }
    // Payload reads `relation.id` as the relationship itself.
    if (rest === 'id' && field.type !== 'join') return { kind: 'own', field }
    const inner = hops < 4 ? resolvePath(rules, field.relationTo, rest, hops + 1) : undefined
    return { kind: 'related', field: inner?.kind === 'own' || inner?.kind === 'related' ? inner.field : undefined }
  }
  return undefined
}

type State = { rules: QueryRules; limits: QueryLimits; problems: QueryProblem[]; relationIds: RelationIds[]; conditions: number }

function add(state: State, path: string, reason: ProblemReason): void {
  if (state.problems.length < 20) state.problems.push({ path, reason })
}

function newState(rules: QueryRules): State {
  return { rules, limits: rules.limits ?? defaultQueryLimits, problems: [], relationIds: [], conditions: 0 }
}

/** Checks a `where` of the collection. */
export function checkWhere(where: unknown, collection: string, rules: QueryRules): QueryCheck {
  const state = newState(rules)
  walkWhere(state, where, collection, 0, 'where')
  return { problems: state.problems, relationIds: state.relationIds }
}

function walkWhere(state: State, where: unknown, collection: string, depth: number, at: string): void {
  if (where === undefined || where === null) return
  if (!isPlainObject(where)) return add(state, at, 'notAnObject')
  if (depth > state.limits.depth) return add(state, at, 'tooDeep')
  for (const [key, constraint] of Object.entries(where)) {
    const lower = key.toLowerCase()
    if (lower === 'and' || lower === 'or') {
      if (!Array.isArray(constraint)) {
        add(state, key, 'notAnObject')
        continue
      }
      if (constraint.length > state.limits.conditions) {
        add(state, key, 'tooMany')
        continue
      }
      for (const item of constraint) walkWhere(state, item, collection, depth + 1, key)
      continue
    }
    state.conditions += 1
    if (state.conditions > state.limits.conditions) return add(state, key, 'tooMany')
    checkCondition(state, key, constraint, collection, depth)
  }
}

function checkCondition(state: State, key: string, constraint: unknown, collection: string, depth: number): void {
  const { rules } = state
  const path = normalizePath(key)
  if (!isPlainObject(constraint)) return add(state, key, 'notAnObject')
  const resolved = resolvePath(rules, collection, path)
  if (!resolved) {
    if (!rules.deferredRoots?.has(path.split('.')[0] ?? '')) add(state, key, 'unknownField')
    return
  }
  if (rules.mode === 'public') {
    if (resolved.kind !== 'own') return add(state, key, 'relatedPath')
    if (!resolved.field.readable) return add(state, key, 'hiddenField')
  }
  for (const [operator, value] of Object.entries(constraint)) {
    const label = `${key}.${operator}`
    if (!validOperators.has(operator)) add(state, label, 'unknownOperator')
    else if (rules.mode === 'public') checkPublicOperator(state, (resolved as { field: FieldShape }).field, operator, value, label)
    else checkStaffOperator(state, resolved, operator, value, label, depth)
  }
}

function checkPublicOperator(state: State, field: FieldShape, operator: string, value: unknown, label: string): void {
  if (field.type === 'relationship' || field.type === 'upload') {
    if (typeof field.relationTo !== 'string' || !publicRelationOperators.has(operator)) return add(state, label, 'relationFilter')
    const ids = idList(state, operator, value, label, false)
    if (ids) state.relationIds.push({ path: label, collection: field.relationTo, ids })
    return
  }
  const allowed = publicOperators[field.type]
  if (!allowed) return add(state, label, field.type === 'join' ? 'relationFilter' : 'operatorNotAllowed')
  if (!allowed.has(operator)) return add(state, label, 'operatorNotAllowed')
  checkValue(state, field.type, operator, value, label)
}

function checkStaffOperator(state: State, resolved: Resolved, operator: string, value: unknown, label: string, depth: number): void {
  const field = resolved.field
  if (geoOperators.has(operator)) {
    if (field?.type !== 'point') add(state, label, 'operatorNotAllowed')
    return
  }
  if (!field || resolved.kind === 'inside') {
    // Payload interprets JSON paths itself; anything else must still be plain values.
    if (field?.type !== 'json') checkValue(state, 'unknown', operator, value, label)
    return
  }
  if (isRelation(field)) return checkStaffRelation(state, field, operator, value, label, depth)
  checkValue(state, field.type, operator, value, label)
}

function checkStaffRelation(state: State, field: FieldShape, operator: string, value: unknown, label: string, depth: number): void {
  if (operator === 'exists') return checkValue(state, 'checkbox', operator, value, label)
  const polymorphic = Array.isArray(field.relationTo)
  if (isPlainObject(value) && operator === 'contains' && typeof field.relationTo === 'string' && (field.hasMany || field.type === 'join')) {
    // Payload's nested relationship query, checked as a where of the related collection.
    return walkWhere(state, value, field.relationTo, depth + 1, label)
  }
  if (polymorphic) {
    const targets = field.relationTo as readonly string[]
    const values = listOperators.has(operator) ? asList(value) : [value]
    if (!values) return add(state, label, 'malformedValue')
    if (values.length > state.limits.listItems) return add(state, label, 'tooMany')
    const fits = (v: unknown) =>
      isPlainObject(v) && typeof v.relationTo === 'string' && targets.includes(v.relationTo) && isWellFormedId(v.value, state.rules.idKind)
    if (!values.every((v) => fits(v) || (v === null && !listOperators.has(operator)))) add(state, label, 'malformedValue')
    return
  }
  idList(state, operator, value, label, true)
}

/** The ids a relationship is compared with, or undefined (and a problem) when they are not ids. */
function idList(state: State, operator: string, value: unknown, label: string, nullable: boolean): string[] | undefined {
  const list = listOperators.has(operator)
  const values = list ? asList(value) : [value]
  if (!values) return void add(state, label, 'malformedValue')
  if (values.length > state.limits.listItems) return void add(state, label, 'tooMany')
  if (values.some((v) => isPlainObject(v) || Array.isArray(v))) return void add(state, label, 'malformedValue')
  const ids = values.filter((v) => !(nullable && !list && v === null))
  if (!ids.every((v) => isWellFormedId(v, state.rules.idKind))) return void add(state, label, 'malformedId')
  return ids.map(String)
}

/** A list operator's values: an array, or Payload's comma-separated string. */
function asList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (typeof value === 'number' || typeof value === 'boolean') return [value]
  return undefined
}

function checkValue(state: State, type: string, operator: string, value: unknown, label: string): void {
  if (operator === 'exists') {
    if (![true, false, 'true', 'false'].includes(value as string)) add(state, label, 'malformedValue')
    return
  }
  if (listOperators.has(operator)) {
    const values = asList(value)
    if (!values) return add(state, label, 'malformedValue')
    if (values.length > state.limits.listItems) return add(state, label, 'tooMany')
    for (const item of values) if (!checkScalar(state, type, item, false, label)) return
    return
  }
  checkScalar(state, type, value, operator === 'equals' || operator === 'not_equals', label)
}

/** One value compared with a field of the given type; false (and a problem) when it is not one. */
function checkScalar(state: State, type: string, value: unknown, nullable: boolean, label: string): boolean {
  const fail = (reason: ProblemReason) => (add(state, label, reason), false)
  if (value === null) return nullable || fail('malformedValue')
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return fail('malformedValue')
  if (typeof value === 'number' && !Number.isFinite(value)) return fail('malformedValue')
  if (typeof value === 'string' && value.length > state.limits.valueLength) return fail('tooLong')
  switch (type) {
    case 'id':
      return isWellFormedId(value, state.rules.idKind) || fail('malformedId')
    case 'number':
      return (
        typeof value === 'number' ||
        (typeof value === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value.trim())) ||
        fail('malformedValue')
      )
    case 'date':
      return typeof value === 'number' || (typeof value === 'string' && !Number.isNaN(Date.parse(value))) || fail('malformedValue')
    case 'checkbox':
      return value === true || value === false || value === 'true' || value === 'false' || fail('malformedValue')
    default:
      return true
  }
}

/** Checks a sort: the public sorts by its own readable, single-valued scalar fields only. */
export function checkSort(sort: unknown, collection: string, rules: QueryRules): QueryProblem[] {
  if (sort === undefined || sort === null || sort === '') return []
  const items = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : undefined
  if (!items || !items.every((item) => typeof item === 'string')) return [{ path: 'sort', reason: 'malformedValue' }]
  if (items.length > 10) return [{ path: 'sort', reason: 'tooMany' }]
  if (rules.mode === 'staff') return []
  const problems: QueryProblem[] = []
  for (const item of items as string[]) {
    const path = normalizePath(item.trim().replace(/^[-+]/, ''))
    if (path === '' || rules.deferredRoots?.has(path.split('.')[0] ?? '')) continue
    const resolved = resolvePath(rules, collection, path)
    if (!resolved) problems.push({ path, reason: 'sortNotAllowed' })
    else if (resolved.kind !== 'own') problems.push({ path, reason: 'relatedPath' })
    else if (!resolved.field.readable) problems.push({ path, reason: 'hiddenField' })
    else if (!sortableTypes.has(resolved.field.type) || resolved.field.hasMany) problems.push({ path, reason: 'sortNotAllowed' })
  }
  return problems
}

/** Checks the field whose distinct values are asked for: for the public, an own readable scalar field. */
export function checkDistinctField(field: unknown, collection: string, rules: QueryRules): QueryProblem[] {
  if (typeof field !== 'string' || field === '') return [{ path: 'field', reason: 'malformedValue' }]
  if (rules.mode === 'staff') return []
  const resolved = resolvePath(rules, collection, normalizePath(field))
  if (!resolved) return [{ path: field, reason: 'unknownField' }]
  if (resolved.kind !== 'own') return [{ path: field, reason: 'relatedPath' }]
  if (!resolved.field.readable) return [{ path: field, reason: 'hiddenField' }]
  if (!sortableTypes.has(resolved.field.type)) return [{ path: field, reason: 'relationFilter' }]
  return []
}

/** Checks the `joins` argument: each names a join field, whose where and sort are checked against its collection. */
export function checkJoins(joins: unknown, collection: string, rules: QueryRules): QueryCheck {
  const state = newState(rules)
  if (joins === undefined || joins === null || joins === false) return { problems: [], relationIds: [] }
  if (!isPlainObject(joins)) return { problems: [{ path: 'joins', reason: 'notAnObject' }], relationIds: [] }
  const shape = rules.shapeOf(collection)
  for (const [name, join] of Object.entries(joins)) {
    if (join === false || join === undefined) continue
    const field = shape?.get(normalizePath(name))
    const at = `joins.${name}`
    if (!field || field.type !== 'join' || typeof field.relationTo !== 'string') {
      if (rules.mode === 'public') add(state, at, 'unknownField')
      continue
    }
    if (rules.mode === 'public' && !field.readable) {
      add(state, at, 'hiddenField')
      continue
    }
    if (!isPlainObject(join)) {
      add(state, at, 'notAnObject')
      continue
    }
    walkWhere(state, join.where, field.relationTo, 1, `${at}.where`)
    for (const problem of checkSort(join.sort, field.relationTo, rules)) add(state, `${at}.sort.${problem.path}`, problem.reason)
  }
  return { problems: state.problems, relationIds: state.relationIds }
}

/** The message a refused query answers with: the first few problems, each once. */
export function describeProblems(problems: readonly QueryProblem[]): string {
  const shorten = (path: string) => (path.length > 80 ? `${path.slice(0, 80)}…` : path)
  const lines = [...new Set(problems.slice(0, 5).map((p) => messages.queryRefused[p.reason](shorten(p.path))))]
  return messages.queryInvalid(lines.join(''))
}
