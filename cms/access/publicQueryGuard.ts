/**
 * Every read (find, findByID, count, distinct, versions; REST, GraphQL, its join
 * resolvers, and the Local API with overrideAccess: false) passes its `where`, `sort`,
 * `joins`, distinct field and id through domain/publicQuery.ts before Payload runs it:
 * - the public (no staff user) filters and sorts a collection it may read by its own
 *   readable fields only, and a relationship only by ids it may read itself;
 * - everyone, staff included, gets a 400 with a Chinese message for a malformed query or
 *   id, where the database would fail with a 500.
 * Writes by id or by where get the well-formedness check only: their access decides the rest.
 * Payload's own checks (field access, version access) still run afterwards.
 */
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'

import { isStaffUser } from './roles'
import { idKindOf, queryShapes } from './queryShape'
import { readableIds } from './readableIds'
import { messages } from '../../core/messages'
import {
  checkDistinctField,
  checkJoins,
  checkSort,
  checkWhere,
  defaultQueryLimits,
  describeProblems,
  type QueryProblem,
  type QueryRules,
} from '../../core/access/publicQuery'
import { isWellFormedId } from '../../core/web/recordId'

/** Paths only a versions read knows (its `where` runs against the versions table). */
const versionRoots = new Set(['parent', 'version', 'latest', 'autosave', 'snapshot', 'publishedLocale'])

const unbounded = { depth: Infinity, conditions: Infinity, listItems: Infinity, valueLength: Infinity }

type QueryArgs = { id?: unknown; where?: unknown; sort?: unknown; joins?: unknown; field?: unknown; currentDepth?: unknown }

export const publicQueryGuard: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req, collection }) => {
  if (overrideAccess) return args
  const reading = operation === 'read' || operation === 'count' || operation === 'readDistinct' || operation === 'countVersions'
  if (!reading && operation !== 'update' && operation !== 'delete') return args
  const query = args as QueryArgs
  if (query.id !== undefined) checkRecordId(req, collection, query.id)

  const rules = await rulesFor(req, collection, reading, query)
  const problems: QueryProblem[] = []
  const where = checkWhere(query.where, collection.slug, rules)
  problems.push(...where.problems, ...checkSort(query.sort, collection.slug, rules))
  const joins = checkJoins(query.joins, collection.slug, rules)
  problems.push(...joins.problems)
  if (operation === 'readDistinct') problems.push(...checkDistinctField(query.field, collection.slug, rules))
  if (problems.length === 0 && rules.mode === 'public') {
    for (const { path, collection: target, ids } of [...where.relationIds, ...joins.relationIds]) {
      const readable = await readableIds(req, target)
      if (!ids.every((id) => readable.has(id))) problems.push({ path, reason: 'hiddenTarget' })
    }
  }
  if (problems.length > 0) throw new APIError(describeProblems(problems), 400, null, true)
  return args
}

async function rulesFor(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  reading: boolean,
  query: QueryArgs,
): Promise<QueryRules> {
  // Public rules where the public reads at all; where it may not, Payload refuses with 403.
  const publicReads = reading && !isStaffUser(req.user) && (await collection.access.read({ req })) !== false
  const versionsRefused = publicReads && Boolean(collection.versions) && !(await collection.access.readVersions?.({ req }))
  // Only what a request sends is bounded: not server code (the Local API, the admin's views),
  // nor Payload's own population, which asks for every id it populates at once.
  const populating = typeof query.currentDepth === 'number' && query.currentDepth > 0
  const bounded = req.payloadAPI !== 'local' && !populating
  return {
    mode: publicReads ? 'public' : 'staff',
    idKind: idKindOf(req.payload, collection.slug),
    shapeOf: await queryShapes(req),
    deferredRoots: !publicReads || versionsRefused ? versionRoots : undefined,
    limits: bounded ? defaultQueryLimits : unbounded,
  }
}

/**
 * A record id must have the database's form. REST parses `/api/documents/1abc` as 1 and
 * `/abc` as NaN, so the id as requested is checked when it is this operation's.
 */
function checkRecordId(req: PayloadRequest, collection: SanitizedCollectionConfig, id: unknown): void {
  const requested = req.routeParams?.collection === collection.slug ? req.routeParams?.id : undefined
  const asked =
    typeof requested === 'string' && (requested === String(id) || parseFloat(requested) === id || Number.isNaN(id)) ? requested : id
  if (!isWellFormedId(asked, idKindOf(req.payload, collection.slug))) {
    throw new APIError(messages.recordIdMalformed(String(asked).slice(0, 40)), 400, null, true)
  }
}
