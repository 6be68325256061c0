/**
 * PAYLOAD_SECRET signs sessions and tokens. It comes from the environment, or is
 * generated once per installation into the data folder (never committed, never a
 * fixed default), so that a fresh clone runs without configuration.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../core/paths'

type StoredSecrets = { payloadSecret: string }

export function payloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  return readOrCreateSecrets().payloadSecret
}

function readOrCreateSecrets(): StoredSecrets {
  const file = path.join(dataDir(), 'secrets.json')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const fresh: StoredSecrets = { payloadSecret: randomBytes(32).toString('hex') }
    try {
      // 'wx' fails if another process created the file first; then we read theirs.
      fs.writeFileSync(file, JSON.stringify(fresh, null, 2), { flag: 'wx', mode: 0o600 })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<StoredSecrets>
  if (!stored.payloadSecret) throw new Error(`${file} 缺少 payloadSecret（missing payloadSecret）`)
  return { payloadSecret: stored.payloadSecret }
}
