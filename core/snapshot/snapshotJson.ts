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

const keyStart = Buffer.from('\n  "')
const bodyKey = Buffer.from('\n  "body": ')
const updatedAtKey = Buffer.from('\n  "updatedAt": ')
const emptyBody = Buffer.from('[]')

/**
 * The updatedAt of an item's previous file, read from its last bytes only (it is the
 * last key), so that deciding what to reuse does not read every file whole.
 */
export function previousUpdatedAt(file: string): string | null {
  let fd: number
  try {
    fd = fs.openSync(file, 'r')
  } catch {
    return null
  }
  try {
    const size = fs.fstatSync(fd).size
    const tail = Buffer.alloc(Math.min(size, tailBytes))
    fs.readSync(fd, tail, 0, tail.length, size - tail.length)
    const updated = topLevelValue(tail, updatedAtKey)
    return updated ? jsonString(tail.subarray(updated.start, updated.end)) : null
  } finally {
    fs.closeSync(fd)
  }
}

/** Enough for `"updatedAt": "<ISO time>"` and the closing brace. */
const tailBytes = 256

/**
 * Writes an item's file. With a previous file, `value` has the empty placeholder for a
 * body and the previous body goes in its place, byte for byte what writing the value
 * with that body would give. When everything around the body is the same as in the
 * previous file, the file would come out the same: it is hard-linked instead (cheaper to
 * write, and to delete with the previous snapshot), reading only those bytes of it.
 * True when linked.
 */
export function writeItemFile(target: string, value: { body: readonly unknown[] }, previousFile?: string): boolean {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  if (!previousFile) {
    fs.writeFileSync(target, jsonBytes(value))
    return false
  }
  const text = jsonBytes(value)
  const start = text.indexOf(bodyKey) + bodyKey.length
  if (value.body.length !== 0 || start < bodyKey.length || !text.subarray(start, start + emptyBody.length).equals(emptyBody)) {
    throw new Error('writeItemFile expects the empty placeholder for a body taken from the previous file')
  }
  // `before` ends with the body's key and `after` starts with the next top-level key, so
  // a previous file that starts with the one and ends with the other holds its body between.
  const before = text.subarray(0, start)
  const after = text.subarray(start + emptyBody.length)
  if (startsAndEndsWith(previousFile, before, after)) {
    try {
      fs.linkSync(previousFile, target)
      return true
    } catch {
      // Another file system, or links not allowed: write it.
    }
  }
  const old = fs.readFileSync(previousFile)
  const body = topLevelValue(old, bodyKey)
  if (!body) throw new Error(`${previousFile} has no body to reuse: was the previous snapshot changed during the export?`)
  fs.writeFileSync(target, Buffer.concat([before, old.subarray(body.start, body.end), after]))
  return false
}

function startsAndEndsWith(file: string, head: Buffer, tail: Buffer): boolean {
  const fd = fs.openSync(file, 'r')
  try {
    const size = fs.fstatSync(fd).size
    if (size < head.length + emptyBody.length + tail.length) return false
    const bytes = Buffer.allocUnsafe(Math.max(head.length, tail.length))
    if (fs.readSync(fd, bytes, 0, head.length, 0) !== head.length || !head.equals(bytes.subarray(0, head.length))) return false
    return fs.readSync(fd, bytes, 0, tail.length, size - tail.length) === tail.length && tail.equals(bytes.subarray(0, tail.length))
  } finally {
    fs.closeSync(fd)
  }
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
