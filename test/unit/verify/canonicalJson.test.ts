/** Canonical JSON: the bytes every hash and signature of the publication log is over (core/verify/canonicalJson.ts). */
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../core/verify/canonicalJson'

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    ['keys sorted', { b: 1, a: 2, c: 3 }, '{"a":2,"b":1,"c":3}'],
    ['insertion order does not matter', { c: 3, a: 2, b: 1 }, '{"a":2,"b":1,"c":3}'],
    ['nested objects sorted too', { z: { y: 1, x: [{ b: 1, a: 2 }] }, a: null }, '{"a":null,"z":{"x":[{"a":2,"b":1}],"y":1}}'],
    ['arrays keep their order', [3, 1, 2], '[3,1,2]'],
    ['undefined values omitted', { a: undefined, b: 1, c: { d: undefined } }, '{"b":1,"c":{}}'],
    ['undefined in an array is null', [1, undefined, 2], '[1,null,2]'],
    ['no whitespace', { a: [1, { b: 'x y' }] }, '{"a":[1,{"b":"x y"}]}'],
    [
      'numbers as JSON.stringify writes them',
      { a: 1e21, b: 0.1, c: -0, d: 1.5e-7, e: NaN },
      '{"a":1e+21,"b":0.1,"c":0,"d":1.5e-7,"e":null}',
    ],
    ['Chinese text as is', { title: '关于公布《规章》的决定' }, '{"title":"关于公布《规章》的决定"}'],
    ['escapes as JSON.stringify', { s: 'a"b\\c\n\u0001\u2028' }, '{"s":"a\\"b\\\\c\\n\\u0001\u2028"}'],
    // UTF-16 code unit order: 'Z' (0x5A) < 'a' (0x61) < 'é' (0xE9) < '中' (0x4E2D) < '😀' (0xD83D…) < 'ｆ' (0xFF46)
    ['keys by UTF-16 code unit', { ｆ: 6, '😀': 5, 中: 4, é: 3, a: 2, Z: 1 }, '{"Z":1,"a":2,"é":3,"中":4,"😀":5,"ｆ":6}'],
    ['a Date as its toJSON', { at: new Date('2026-12-05T00:00:00Z') }, '{"at":"2026-12-05T00:00:00.000Z"}'],
    ['primitives', 'x', '"x"'],
    ['booleans and null', [true, false, null], '[true,false,null]'],
    ['empty containers', { a: {}, b: [] }, '{"a":{},"b":[]}'],
    // An engine lists index-like keys first in numeric order; canonical order is by code unit all the same.
    ['index-like keys by code unit too', { b: 1, '10': 2, '2': 3, a: 4 }, '{"10":2,"2":3,"a":4,"b":1}'],
    ['index-like keys deep inside', { z: [{ '9': 1, '10': 2 }], a: { c: 1, b: 2 } }, '{"a":{"b":2,"c":1},"z":[{"10":2,"9":1}]}'],
    ['a "__proto__" key from JSON.parse kept as a key', JSON.parse('{"b":1,"__proto__":{"x":1}}'), '{"__proto__":{"x":1},"b":1}'],
    ['a toJSON inside an array', [new Date('2026-12-05T00:00:00Z'), undefined], '["2026-12-05T00:00:00.000Z",null]'],
  ])('%s', (_, value, expected) => {
    expect(canonicalJson(value)).toBe(expected)
  })

  it('gives the same string for equal values built in any key order', () => {
    const a = { seq: 1, item: { type: 'document', id: '7', title: 't' }, files: [{ path: '/a', sha256: 'x' }] }
    const b = { files: [{ sha256: 'x', path: '/a' }], item: { title: 't', id: '7', type: 'document' }, seq: 1 }
    expect(canonicalJson(a)).toBe(canonicalJson(b))
  })

  it('parses back to the same value', () => {
    const value = { b: [1, 'two', { d: null, c: true }], a: '公报' }
    expect(JSON.parse(canonicalJson(value))).toEqual(value)
  })

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['a bigint', { a: 1n }],
  ])('refuses %s at the top or a bigint anywhere', (_, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError)
  })
})
