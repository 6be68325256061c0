/**
 * The snapshot's JSON files as bytes, and what an incremental export takes from an item's
 * previous file: its updatedAt and its body, found without parsing the file. JSON.stringify
 * with two spaces starts every top-level key of an item on a line indented by exactly two
 * spaces; nested values are indented further and strings cannot hold a raw line break, so
 * "\n  \"" only ever starts a top-level key.
 */
import fs from 'node:fs'
import path from 'node:path'

export function jsonBytes(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`)
}

export function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, jsonBytes(value))
}

/** An item's file in the previous snapshot, and where its body's JSON is in it. */
export type PreviousFile = { path: string; bytes: Buffer; updatedAt: string | null; body: { start: number; end: number } }

const keyStart = Buffer.from('\n  "')
const bodyKey = Buffer.from('\n  "body": ')
const updatedAtKey = Buffer.from('\n  "updatedAt": ')
const emptyBody = Buffer.from('[]')

/** The previous file of an item, or null when there is none or it has no body. */
export function readPreviousFile(file: string): PreviousFile | null {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch {
    return null
  }
  const body = topLevelValue(bytes, bodyKey)
  if (!body) return null
  const updated = topLevelValue(bytes, updatedAtKey)
  return { path: file, bytes, updatedAt: updated ? jsonString(bytes.subarray(updated.start, updated.end)) : null, body }
}

/**
 * Writes an item's file. With a previous file, `value` has the empty placeholder for a
 * body and the previous body goes in its place, byte for byte what writing the value
 * with that body would give; when the whole file comes out the same, the previous file
 * is hard-linked instead (cheaper to write, and to delete with the previous snapshot).
 * True when linked.
 */
export function writeItemFile(target: string, value: { body: readonly unknown[] }, previous?: PreviousFile): boolean {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  if (!previous) {
    fs.writeFileSync(target, jsonBytes(value))
    return false
  }
  const text = jsonBytes(value)
  const start = text.indexOf(bodyKey) + bodyKey.length
  if (value.body.length !== 0 || start < bodyKey.length || !text.subarray(start, start + emptyBody.length).equals(emptyBody)) {
    throw new Error('writeItemFile expects the empty placeholder for a body taken from the previous file')
  }
  const before = text.subarray(0, start)
  const after = text.subarray(start + emptyBody.length)
  const old = previous.bytes
  const same =
    old.length === before.length + (previous.body.end - previous.body.start) + after.length &&
    before.equals(old.subarray(0, previous.body.start)) &&
    after.equals(old.subarray(previous.body.end))
  if (same) {
    try {
      fs.linkSync(previous.path, target)
      return true
    } catch {
      // Another file system, or links not allowed: write it.
    }
  }
  fs.writeFileSync(target, Buffer.concat([before, old.subarray(previous.body.start, previous.body.end), after]))
  return false
}

/** Where one top-level value's bytes are: after its key, up to the comma or the closing brace. */
function topLevelValue(file: Buffer, key: Buffer): { start: number; end: number } | null {
  const at = file.indexOf(key)
  if (at < 0) return null
  const start = at + key.length
  const next = file.indexOf(keyStart, start)
  // The last key's value ends before "\n}".
  const end = next >= 0 ? next - 1 : file.lastIndexOf('\n}')
  return end > start ? { start, end } : null
}

function jsonString(bytes: Buffer): string | null {
  try {
    const parsed: unknown = JSON.parse(bytes.toString())
    return typeof parsed === 'string' ? parsed : null
  } catch {
    return null
  }
}
