/**
 * A full disk, told apart from other failures and said in words the office can act on.
 * Site builds (cms/publishing/buildSite.ts) and uploads (cms/uploads/diskSpace.ts) meet
 * it as ENOSPC from a write of their own, as a child process's output (the site
 * generator), or as SQLite's "database or disk is full"; Node's own message names none
 * of what to do about it.
 */
import fs from 'node:fs'
import path from 'node:path'

/** What a write that ran out of space says, in Node, in a child process's output and in SQLite. */
export const noSpacePattern = /ENOSPC|EDQUOT|no space left on device|disk quota exceeded|SQLITE_FULL|database or disk is full/i

/** Whether an error (or what caused it) is a full disk. */
export function isNoSpace(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (code === 'ENOSPC' || code === 'EDQUOT' || (typeof message === 'string' && noSpacePattern.test(message))) return true
    current = cause
  }
  return false
}

/** Bytes a non-root writer may still use on the disk that holds `dir` (or its nearest existing parent); null when unknown. */
export function freeBytes(dir: string): number | null {
  let existing = path.resolve(dir)
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing)
  try {
    const stats = fs.statfsSync(existing)
    return stats.bavail * stats.bsize
  } catch {
    return null
  }
}

/** 0 B, 12 KB, 3.4 MB, 1.2 GB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}

const left = (dir: string) => {
  const free = freeBytes(dir)
  return free === null ? '' : `（剩余 ${formatBytes(free)}）`
}

export const diskFullMessages = {
  /** A site build that could not write its files. */
  build: (dir: string) =>
    `磁盘空间不足：网站构建写入 ${dir} 时磁盘已满${left(dir)}，本次构建未完成，线上网站没有改动。请清理磁盘空间（如旧的备份、日志）后重新构建。`,
  /** An upload refused before anything was written, or one whose writing ran out of space. */
  upload: (fileName: string, bytes: number, dir: string) =>
    `磁盘空间不足：文件“${fileName}”（${formatBytes(bytes)}）无法保存，上传文件夹所在的磁盘${left(dir)}放不下它。已保存的文件和记录都没有改动；请联系管理员清理磁盘空间后重新上传。`,
}
