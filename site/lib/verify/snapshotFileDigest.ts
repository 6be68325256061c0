/** The SHA-256 of a file the snapshot publishes (an issue's print PDF), as the publication log records it. */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { snapshotDir } from 'virtual:gongbao/snapshot'

export function snapshotFileDigest(url: string): string {
  const file = path.join(snapshotDir, ...decodeURIComponent(url).split('/').filter(Boolean))
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}
