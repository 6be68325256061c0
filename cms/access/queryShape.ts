/**
 * What domain/publicQuery.ts checks a query against, read from the Payload config: each
 * collection's own field paths as Payload queries them (through arrays, groups, named
 * tabs and blocks, not through relationships), their types and targets, and whether this
 * request may read them (field `access.read`, Payload's `hidden`). Derived from the
 * config, so a field added later is covered without listing it anywhere.
 */
import type { FieldAccess, FlattenedField, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { CollectionShape, FieldShape } from '../../core/access/publicQuery'
import type { IdKind } from '../../core/web/recordId'
import { perRequest } from './perRequest'

type ConfigField = Omit<FieldShape, 'readable'> & { path: string; hidden: boolean; reads: FieldAccess[] }

const configFields = new WeakMap<SanitizedCollectionConfig, ConfigField[]>()

/** A collection's field paths, as the config defines them (once per config). */
function fieldsOf(collection: SanitizedCollectionConfig): ConfigField[] {
  const known = configFields.get(collection)
  if (known) return known
  const found: ConfigField[] = [{ path: 'id', type: 'id', hidden: false, reads: [] }]
  const visit = (fields: FlattenedField[], prefix: string, hidden: boolean, reads: FieldAccess[]) => {
    for (const field of fields) {
      const path = prefix ? `${prefix}.${field.name}` : field.name
      const own = { path, hidden: hidden || Boolean(field.hidden), reads: field.access?.read ? [...reads, field.access.read] : reads }
      if (field.type === 'relationship' || field.type === 'upload') {
        found.push({ ...own, type: field.type, hasMany: Boolean(field.hasMany), relationTo: field.relationTo })
      } else if (field.type === 'join') {
        found.push({ ...own, type: 'join', hasMany: true, relationTo: field.collection })
      } else {
        found.push({ ...own, type: field.type, hasMany: 'hasMany' in field && Boolean(field.hasMany) })
      }
      if (field.type === 'array' || field.type === 'group' || field.type === 'tab')
        visit(field.flattenedFields, path, own.hidden, own.reads)
      if (field.type === 'blocks') {
        found.push({ ...own, path: `${path}.blockType`, type: 'text' })
        for (const block of field.blocks ?? []) visit(block.flattenedFields, path, own.hidden, own.reads)
      }
    }
  }
  visit(collection.flattenedFields, '', false, [])
  configFields.set(collection, found)
  return found
}

/** Each collection's shape for this request; field access is asked once per request. */
export function queryShapes(req: PayloadRequest): Promise<(slug: string) => CollectionShape | undefined> {
  return perRequest(req, 'queryShapes', async () => {
    const verdicts = new Map<FieldAccess, Promise<boolean>>()
    const mayRead = (read: FieldAccess) => {
      if (!verdicts.has(read))
        verdicts.set(
          read,
          Promise.resolve(read({ req })).then(Boolean, () => false),
        )
      return verdicts.get(read) as Promise<boolean>
    }
    const shapes = new Map<string, CollectionShape>()
    for (const [slug, { config }] of Object.entries(req.payload.collections)) {
      const shape = new Map<string, FieldShape>()
      for (const { path, hidden, reads, ...field } of fieldsOf(config)) {
        const readable = !hidden && (await Promise.all(reads.map(mayRead))).every(Boolean)
        shape.set(path, { ...field, readable })
      }
      shapes.set(slug, shape)
    }
    return (slug: string) => shapes.get(slug)
  })
}

/** The form of record ids in this collection, for this database. */
export function idKindOf(payload: Payload, slug: string): IdKind {
  const custom = (payload.collections as Record<string, { customIDType?: 'number' | 'text' } | undefined>)[slug]?.customIDType
  if (custom) return custom
  if (payload.db.name === 'mongoose') return 'objectId'
  return payload.db.defaultIDType === 'number' ? 'number' : 'text'
}
