/**
 * What a backup holds and where each part lives in the archive and on disk. The upload
 * folders are the staticDir of the upload collections (uploads/media.collection.ts,
 * issues/issuePdfs.collection.ts; test/int/backup.test.ts checks that the list covers
 * every upload collection). Left out on purpose: the built sites and snapshots (the next
 * build makes them again), staff-jobs (results kept an hour), logs, first-admin.txt.
 */
import path from 'node:path'

/** Upload folders under DATA_DIR. */
export const uploadFolders = ['media', 'issue-pdfs'] as const

/** Secrets under DATA_DIR, archived only with --with-secrets: the signing keys and the generated PAYLOAD_SECRET. */
export const secretEntries = ['signing', 'secrets.json'] as const

export const archivePaths = {
  sqlite: 'database/gongbao.db',
  mongodump: 'database/mongodump.archive.gz',
  /** DATA_DIR's parts, under their own names. */
  data: 'data',
  /** SITE_ROOT/log, the publication log's home (cms/verify/siteLog.ts). */
  siteLog: 'site-log',
} as const

/** Where a restore puts each part. */
export type RestoreTarget = {
  dataDir: string
  /** The SQLite file (unused for a MongoDB archive). */
  databaseFile: string
  /** SITE_ROOT/log. */
  siteLogDir: string
}

export const stagedPath = (root: string, archivePath: string) => path.join(root, ...archivePath.split('/'))
