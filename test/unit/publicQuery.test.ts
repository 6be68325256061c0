import { describe, expect, it } from 'vitest'

import {
  checkDistinctField,
  checkJoins,
  checkSort,
  checkWhere,
  describeProblems,
  type CollectionShape,
  type FieldShape,
  type QueryRules,
} from '../../core/access/publicQuery'
import { isWellFormedId } from '../../core/web/recordId'

/** A gazette in miniature: documents, interpretations of them, and staff-only media. */
const shape = (fields: Record<string, Omit<FieldShape, 'readable'> & { readable?: boolean }>): CollectionShape =>
  new Map(Object.entries({ id: { type: 'id' }, ...fields }).map(([path, field]) => [path, { readable: true, ...field }]))

const shapes: Record<string, CollectionShape> = {
  documents: shape({
    title: { type: 'text' },
    body: { type: 'richText' },
    keywords: { type: 'text', hasMany: true },
    disclosure: { type: 'select' },
    disclosureReason: { type: 'textarea', readable: false },
    publishedDate: { type: 'date' },
    _status: { type: 'select' },
    issuers: { type: 'relationship', relationTo: 'organizations', hasMany: true },
    interpretations: { type: 'join', relationTo: 'interpretations', hasMany: true },
    attachments: { type: 'array' },
    'attachments.title': { type: 'text' },
    'attachments.file': { type: 'upload', relationTo: 'media' },
    location: { type: 'point' },
    publishedState: { type: 'json', readable: false },
  }),
  interpretations: shape({
    title: { type: 'text' },
    body: { type: 'richText' },
    documents: { type: 'relationship', relationTo: 'documents', hasMany: true },
    'sections.entries.item': { type: 'relationship', relationTo: ['documents', 'interpretations'] },
    year: { type: 'number' },
    featured: { type: 'checkbox' },
  }),
  organizations: shape({ name: { type: 'text' } }),
  media: shape({ alt: { type: 'text' } }),
}

const rules = (mode: 'public' | 'staff', extra: Partial<QueryRules> = {}): QueryRules => ({
  mode,
  idKind: 'number',
  shapeOf: (slug) => shapes[slug],
  ...extra,
})
const reasons = (where: unknown, mode: 'public' | 'staff', collection = 'interpretations') =>
  checkWhere(where, collection, rules(mode)).problems.map((p) => p.reason)

describe('checkWhere, for the public', () => {
  it.each([
    ['an own text field', { title: { like: '解读' } }],
    [
      'own fields under and/or',
      { or: [{ title: { equals: 'a' } }, { and: [{ year: { greater_than: 2020 } }, { featured: { equals: 'true' } }] }] },
    ],
    ['GraphQL spelling of and/or', { OR: [{ title: { equals: 'a' } }], AND: [{ year: { in: [2020, '2021'] } }] }],
    ['an in list as Payload’s comma string', { year: { in: '2020,2021' } }],
    ['exists', { title: { exists: 'false' } }],
    ['equals null', { title: { equals: null } }],
    ['the id', { id: { in: ['1', 2] } }],
    ['_id, as GraphQL and Mongo spell it', { _id: { equals: 3 } }],
  ])('accepts %s', (_label, where) => {
    expect(reasons(where, 'public')).toEqual([])
  })

  it.each([
    ['the nested form of a relationship filter', { documents: { contains: { title: { like: 'SECRET' } } } }, 'relationFilter'],
    ['a where as a relationship value', { documents: { equals: { title: { like: 'SECRET' } } } }, 'malformedValue'],
    ['a where inside an in list', { documents: { in: [{ title: { like: 'SECRET' } }] } }, 'malformedValue'],
    ['a dotted related path', { 'documents.title': { like: 'SECRET' } }, 'relatedPath'],
    ['a GraphQL-style related path', { documents__title: { like: 'SECRET' } }, 'relatedPath'],
    ['a two-hop related path', { 'documents.issuers.name': { like: 'x' } }, 'relatedPath'],
    ['exists on a relationship', { documents: { exists: true } }, 'relationFilter'],
    ['like on a relationship', { documents: { like: '1' } }, 'relationFilter'],
    ['a negated relationship (it would match through hidden targets)', { documents: { not_equals: 1 } }, 'relationFilter'],
    ['a relationship not in a list', { documents: { not_in: [1] } }, 'relationFilter'],
    ['a polymorphic relationship', { 'sections.entries.item': { equals: { relationTo: 'documents', value: 1 } } }, 'relationFilter'],
    ['a field nobody has', { nosuch: { equals: 1 } }, 'unknownField'],
    ['an unknown operator', { title: { $gt: 'a' } }, 'unknownOperator'],
    ['an operator object as a value', { title: { equals: { $gt: 'a' } } }, 'malformedValue'],
    ['a list as a single value', { title: { like: ['x'] } }, 'malformedValue'],
    ['a value without an operator', { title: 'x' }, 'notAnObject'],
    ['and that is not a list', { and: { title: { equals: 'x' } } }, 'notAnObject'],
    ['near on a text field', { title: { near: '1,2' } }, 'operatorNotAllowed'],
    ['like on a number', { year: { like: '20' } }, 'operatorNotAllowed'],
    ['like on rich text (it stores the ids of linked records)', { body: { like: '"value":4' } }, 'operatorNotAllowed'],
    ['a number that is not one', { year: { equals: 'abc' } }, 'malformedValue'],
    ['a checkbox that is neither', { featured: { equals: 'maybe' } }, 'malformedValue'],
    ['exists neither true nor false', { title: { exists: 'maybe' } }, 'malformedValue'],
    ['a malformed id', { id: { equals: 'abc' } }, 'malformedId'],
    ['a malformed relationship id', { documents: { in: '1,abc' } }, 'malformedId'],
    ['a huge in list', { id: { in: Array.from({ length: 501 }, (_, i) => i + 1) } }, 'tooMany'],
    ['a huge value', { title: { like: 'x'.repeat(1001) } }, 'tooLong'],
  ])('refuses %s', (_label, where, reason) => {
    expect(reasons(where, 'public')).toContain(reason)
  })

  it('refuses hidden fields, at any level', () => {
    expect(reasons({ disclosureReason: { like: 'x' } }, 'public', 'documents')).toEqual(['hiddenField'])
    expect(reasons({ or: [{ title: { like: 'x' } }, { disclosureReason: { exists: true } }] }, 'public', 'documents')).toEqual([
      'hiddenField',
    ])
  })

  it('accepts own fields through arrays, and refuses uploads, joins, points and JSON by value', () => {
    expect(reasons({ 'attachments.title': { like: 'x' } }, 'public', 'documents')).toEqual([])
    expect(reasons({ interpretations: { equals: 1 } }, 'public', 'documents')).toEqual(['relationFilter'])
    expect(reasons({ location: { near: '1,2' } }, 'public', 'documents')).toEqual(['operatorNotAllowed'])
    expect(reasons({ 'publishedState.x': { equals: 1 } }, 'public', 'documents')).toEqual(['relatedPath'])
  })

  it('hands the ids a relationship is compared with to the caller, which checks the public may read them', () => {
    const { problems, relationIds } = checkWhere(
      { or: [{ documents: { equals: '4' } }, { documents: { in: [5, 6] } }] },
      'interpretations',
      rules('public'),
    )
    expect(problems).toEqual([])
    expect(relationIds).toEqual([
      { path: 'documents.equals', collection: 'documents', ids: ['4'] },
      { path: 'documents.in', collection: 'documents', ids: ['5', '6'] },
    ])
    expect(checkWhere({ 'attachments.file': { equals: 9 } }, 'documents', rules('public')).relationIds).toEqual([
      { path: 'attachments.file.equals', collection: 'media', ids: ['9'] },
    ])
  })

  it('bounds nesting and the number of conditions', () => {
    let deep: Record<string, unknown> = { title: { equals: 'x' } }
    for (let i = 0; i < 100; i++) deep = { and: [deep] }
    expect(reasons(deep, 'public')).toEqual(['tooDeep'])
    const wide = { or: Array.from({ length: 101 }, (_, i) => ({ title: { equals: `t${i}` } })) }
    expect(reasons(wide, 'public')).toEqual(['tooMany'])
  })

  it('leaves version paths to Payload when told to (a versions read knows them, its access answers)', () => {
    const where = { parent: { equals: 1 }, 'version.title': { like: 'x' } }
    expect(checkWhere(where, 'documents', rules('public', { deferredRoots: new Set(['parent', 'version']) })).problems).toEqual([])
    expect(checkWhere(where, 'documents', rules('public')).problems.map((p) => p.reason)).toEqual(['unknownField', 'unknownField'])
  })
})

describe('checkWhere, for staff', () => {
  it.each([
    ['a dotted related path', { 'documents.title': { like: 'SECRET' } }],
    ['the nested form', { documents: { contains: { title: { like: 'SECRET' } } } }],
    ['a hidden field (Payload’s field access decides)', { 'documents.disclosureReason': { like: 'x' } }],
    ['any id', { documents: { equals: 4 } }],
    ['exists on a relationship', { documents: { exists: true } }],
    ['a polymorphic value', { 'sections.entries.item': { in: [{ relationTo: 'interpretations', value: '2' }] } }],
    ['a polymorphic sub-path', { 'sections.entries.item.value': { equals: 2 } }],
    ['a relationship’s id', { 'documents.id': { in: [1, 2] } }],
  ])('accepts %s', (_label, where) => {
    expect(reasons(where, 'staff')).toEqual([])
  })

  it.each([
    ['an operator object as a value', { title: { equals: { $gt: 'a' } } }, 'malformedValue'],
    ['an operator object inside the nested form', { documents: { contains: { title: { equals: { $gt: 'a' } } } } }, 'malformedValue'],
    ['a where as a relationship value', { documents: { equals: { title: { like: 'x' } } } }, 'malformedValue'],
    ['a bare id for a polymorphic relationship', { 'sections.entries.item': { equals: 1 } }, 'malformedValue'],
    [
      'a polymorphic value of another collection',
      { 'sections.entries.item': { equals: { relationTo: 'media', value: 1 } } },
      'malformedValue',
    ],
    ['near on a text field', { title: { near: '1,2' } }, 'operatorNotAllowed'],
    ['a malformed relationship id', { documents: { equals: 'abc' } }, 'malformedId'],
    ['a malformed id through a relationship', { 'documents.id': { equals: 'abc' } }, 'malformedId'],
    ['a date that is not one', { 'documents.publishedDate': { greater_than: 'abc' } }, 'malformedValue'],
    ['a field nobody has', { nosuch: { equals: 1 } }, 'unknownField'],
  ])('refuses %s', (_label, where, reason) => {
    expect(reasons(where, 'staff')).toContain(reason)
  })
})

describe('checkSort', () => {
  it.each([
    ['title', []],
    ['-publishedDate,title', []],
    [['-publishedDate', 'id'], []],
    ['documents.title', ['relatedPath']],
    ['-documents__title', ['relatedPath']],
    ['disclosureReason', ['hiddenField']],
    ['keywords', ['sortNotAllowed']],
    ['issuers', ['sortNotAllowed']],
    ['body', ['sortNotAllowed']],
    ['nosuch', ['sortNotAllowed']],
  ] as Array<[string | string[], string[]]>)('public sort %j', (sort, expected) => {
    const collection = String(sort).includes('documents.') || String(sort).includes('documents__') ? 'interpretations' : 'documents'
    expect(checkSort(sort, collection, rules('public')).map((p) => p.reason)).toEqual(expected)
  })

  it('lets staff sort by anything, but not by a malformed sort', () => {
    expect(checkSort('-documents.title', 'interpretations', rules('staff'))).toEqual([])
    expect(checkSort({ title: 'asc' }, 'documents', rules('staff')).map((p) => p.reason)).toEqual(['malformedValue'])
  })
})

describe('checkJoins and checkDistinctField', () => {
  it('checks a join’s where and sort against the joined collection', () => {
    const joins = { interpretations: { where: { documents: { contains: { title: { like: 'x' } } } }, sort: 'documents.title' } }
    expect(checkJoins(joins, 'documents', rules('public')).problems.map((p) => p.reason)).toEqual(['relationFilter', 'relatedPath'])
    expect(
      checkJoins({ interpretations: { where: { title: { like: 'x' } }, sort: '-title' } }, 'documents', rules('public')).problems,
    ).toEqual([])
    expect(checkJoins({ nosuch: { limit: 1 } }, 'documents', rules('public')).problems.map((p) => p.reason)).toEqual(['unknownField'])
    expect(checkJoins({ interpretations: false }, 'documents', rules('public')).problems).toEqual([])
  })

  it('gives the public distinct values of own readable scalar fields only', () => {
    expect(checkDistinctField('title', 'documents', rules('public'))).toEqual([])
    expect(checkDistinctField('documents', 'interpretations', rules('public')).map((p) => p.reason)).toEqual(['relationFilter'])
    expect(checkDistinctField('documents.title', 'interpretations', rules('public')).map((p) => p.reason)).toEqual(['relatedPath'])
    expect(checkDistinctField('disclosureReason', 'documents', rules('public')).map((p) => p.reason)).toEqual(['hiddenField'])
    expect(checkDistinctField('documents', 'interpretations', rules('staff'))).toEqual([])
  })
})

describe('isWellFormedId', () => {
  it.each([
    [1, 'number', true],
    ['42', 'number', true],
    ['abc', 'number', false],
    ['1abc', 'number', false],
    [1.5, 'number', false],
    [-1, 'number', false],
    ['99999999999999999999', 'number', false],
    [Number.NaN, 'number', false],
    ['65f1c2a9e4b0a1b2c3d4e5f6', 'objectId', true],
    ['abc', 'objectId', false],
    ['abcdefghijkl', 'objectId', false],
    [12, 'objectId', false],
    ['any-text', 'text', true],
  ] as const)('%j as %s: %s', (value, kind, expected) => {
    expect(isWellFormedId(value, kind)).toBe(expected)
  })
})

describe('describeProblems', () => {
  it('explains in Chinese, each reason once', () => {
    const message = describeProblems(
      checkWhere({ 'documents.title': { like: 'x' }, or: [{ 'documents.body': { like: 'y' } }] }, 'interpretations', rules('public'))
        .problems,
    )
    expect(message).toMatch(/^查询无效：/)
    expect(message).toContain('documents.title')
  })
})
