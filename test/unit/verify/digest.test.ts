/** SHA-256 and byte encodings on Web Crypto (core/verify/digest.ts), against known vectors and node:crypto. */
import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64, bytesToHex, hexToBytes, sha256Hex } from '../../../core/verify/digest'

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%j', async (text, expected) => {
    expect(await sha256Hex(text)).toBe(expected)
  })

  it('hashes a string as UTF-8, as node:crypto does', async () => {
    const text = '关于公布《规章》的决定 😀'
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  })

  it('hashes bytes, as node:crypto does', async () => {
    const bytes = randomBytes(1000)
    expect(await sha256Hex(new Uint8Array(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'))
  })
})

describe('hex and base64', () => {
  it.each([0, 1, 2, 3, 31, 32, 33, 70000])('round-trips %i random bytes like Buffer', (length) => {
    const bytes = new Uint8Array(randomBytes(length))
    expect(bytesToHex(bytes)).toBe(Buffer.from(bytes).toString('hex'))
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
    expect(hexToBytes(bytesToHex(bytes))).toEqual(bytes)
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes)
  })

  it('reads upper-case hex', () => {
    expect(hexToBytes('00FFaa')).toEqual(new Uint8Array([0, 255, 170]))
  })

  it.each(['0', 'zz', '0g', ' 00'])('refuses hex %j', (hex) => {
    expect(() => hexToBytes(hex)).toThrow(RangeError)
  })

  it.each(['AAA', 'AA=A', 'AA AA', 'AB-_', 'A==='])('refuses base64 %j', (base64) => {
    expect(() => base64ToBytes(base64)).toThrow(RangeError)
  })
})
