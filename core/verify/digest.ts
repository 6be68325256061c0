/**
 * SHA-256 and the byte encodings of the publication log (issue 20), on web-standard APIs
 * only (Web Crypto's crypto.subtle, TextEncoder, atob/btoa), so that the same code hashes
 * in Node 24, in the build and in a reader's browser. Hashes are lower-case hex (64
 * characters); keys and signatures are standard base64 (with padding).
 */

const encoder = new TextEncoder()

/** SHA-256 of bytes, or of a string's UTF-8 bytes, as raw 32 bytes. */
export async function sha256Bytes(data: Uint8Array | string): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
}

const PARALLEL_DIGESTS = 512

/**
 * SHA-256 of many inputs, in order. Web Crypto's digest is async and costs more in its call
 * than in hashing a small input, so a log of 30,000 entries hashes them a few hundred at a
 * time in parallel rather than one after the other (or all at once, which is slower again).
 */
export async function sha256Many(data: Array<Uint8Array | string>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = []
  for (let i = 0; i < data.length; i += PARALLEL_DIGESTS)
    out.push(...(await Promise.all(data.slice(i, i + PARALLEL_DIGESTS).map(sha256Bytes))))
  return out
}

/** SHA-256 of bytes, or of a string's UTF-8 bytes, as lower-case hex. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  return bytesToHex(await sha256Bytes(data))
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

const HEX = /^(?:[0-9a-fA-F]{2})*$/

/** Bytes of a hex string (either case); throws a RangeError on odd length or a non-hex character. */
export function hexToBytes(hex: string): Uint8Array {
  if (!HEX.test(hex)) throw new RangeError('hexToBytes: not a hex string of whole bytes')
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = (nibble(hex.charCodeAt(2 * i)) << 4) | nibble(hex.charCodeAt(2 * i + 1))
  return bytes
}

/** The value of one hex digit's character code (already checked to be a hex digit). */
function nibble(code: number): number {
  return code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57
}

const HEX_DIGITS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** Lower-case hex of bytes. */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += HEX_DIGITS[byte]
  return hex
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Bytes of standard, padded base64; throws a RangeError on anything else (whitespace, base64url, missing padding). */
export function base64ToBytes(base64: string): Uint8Array {
  if (!BASE64.test(base64)) throw new RangeError('base64ToBytes: not standard padded base64')
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Standard, padded base64 of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  // In slices: String.fromCharCode takes its bytes as arguments, and a call has an argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
