/**
 * A record the public reads through REST or GraphQL holds, in its relationship values,
 * only records the public may read itself: Payload populates a readable target and leaves
 * a hidden one as its bare id, at every depth (a public interpretation would name the id
 * of the 依申请公开 document it explains). Hidden targets are dropped from relationship and
 * upload fields (null for a single value), join lists, and rich-text relationship, upload
 * and internal-link nodes, wherever they sit (arrays, groups, blocks).
 *
 * Local API reads are left alone: they are server code (the export maps every id through
 * its own tables of public items, and keeps withdrawn entries of an issue on purpose).
 */
import type { CollectionAfterReadHook, FlattenedBlock, FlattenedField, PayloadRequest } from 'payload'

import { isPlainObject } from '../../core/access/publicQuery'
import { readableIds, type ReadableIds } from './readableIds'
import { isStaffUser } from './roles'

type Keep = (collection: string, value: unknown) => boolean

export const dropHiddenRelations: CollectionAfterReadHook = async ({ doc, req, collection, overrideAccess }) => {
  if (overrideAccess || isStaffUser(req.user) || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return doc
  if (!isPlainObject(doc)) return doc
  // First the collections the values point to, then one lookup each, then the filtering.
  const targets = new Set<string>()
  filterFields(req, collection.flattenedFields, doc, (slug) => (targets.add(slug), true))
  if (targets.size === 0) return doc
  const readable = new Map<string, ReadableIds>()
  await Promise.all([...targets].map(async (slug) => readable.set(slug, await readableIds(req, slug))))
  filterFields(req, collection.flattenedFields, doc, (slug, value) => {
    const id = isPlainObject(value) ? value.id : value
    return readable.get(slug)?.has(id) ?? false
  })
  return doc
}

function filterFields(req: PayloadRequest, fields: FlattenedField[], data: Record<string, unknown>, keep: Keep): void {
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const relationTo = field.relationTo
        const one = (v: unknown) =>
          typeof relationTo === 'string'
            ? keep(relationTo, v)
            : isPlainObject(v) && typeof v.relationTo === 'string' && keep(v.relationTo, v.value)
        if (field.hasMany) data[field.name] = Array.isArray(value) ? value.filter(one) : value
        else if (!one(value)) data[field.name] = null
        break
      }
      case 'join':
        if (isPlainObject(value) && Array.isArray(value.docs)) {
          const joined = field.collection
          value.docs = value.docs.filter((row: unknown) =>
            typeof joined === 'string'
              ? keep(joined, row)
              : isPlainObject(row) && typeof row.relationTo === 'string' && keep(row.relationTo, row.value),
          )
        }
        break
      case 'array':
        if (Array.isArray(value)) for (const row of value) if (isPlainObject(row)) filterFields(req, field.flattenedFields, row, keep)
        break
      case 'group':
      case 'tab':
        if (isPlainObject(value)) filterFields(req, field.flattenedFields, value, keep)
        break
      case 'blocks':
        if (Array.isArray(value)) {
          for (const row of value) {
            const candidates = (field.blockReferences ?? field.blocks).map((b) =>
              typeof b === 'string' ? (req.payload.blocks as Record<string, FlattenedBlock | undefined>)[b] : b,
            )
            const block = isPlainObject(row) ? candidates.find((b) => b?.slug === row.blockType) : undefined
            if (block && isPlainObject(row)) filterFields(req, block.flattenedFields, row, keep)
          }
        }
        break
      case 'richText':
        if (isPlainObject(value) && isPlainObject(value.root)) filterLexical(value.root, keep)
        break
    }
  }
}

/** Lexical nodes that point to records: relationship and upload nodes go, an internal link loses its target. */
function filterLexical(node: Record<string, unknown>, keep: Keep): void {
  const fields = node.fields
  if ((node.type === 'link' || node.type === 'autolink') && isPlainObject(fields) && isPlainObject(fields.doc)) {
    const { relationTo, value } = fields.doc
    if (typeof relationTo !== 'string' || !keep(relationTo, value)) fields.doc = null
  }
  if (!Array.isArray(node.children)) return
  node.children = node.children.filter((child: unknown) => {
    if (!isPlainObject(child)) return true
    if (child.type === 'relationship' || child.type === 'upload') {
      return typeof child.relationTo === 'string' && keep(child.relationTo, child.value)
    }
    filterLexical(child, keep)
    return true
  })
}
