/**
 * An upload on a full disk: refused with 磁盘空间不足 before anything is written, and if
 * the disk fills while Payload writes the file (or its resized images), answered with the
 * same words and the partly written files deleted, instead of Payload's 上传文件时出现了问题.
 * The record is never written when the file was not (Payload writes files first), and the
 * database keeps a margin: an upload must leave RESERVE_BYTES free for it, since the
 * database and the uploads usually share a disk. Shared by media and issue-pdfs; on the
 * Local API (imports, print PDFs stored at publication) the refusal reaches the caller,
 * which reports it (the import's report, the publication's refusal).
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  APIError,
  type CollectionAfterErrorHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { diskFullMessages, freeBytes, isNoSpace } from '../../core/diskSpace'

/** Left free by every upload, for the database and its journal. */
export const RESERVE_BYTES = 1024 * 1024

const DISK_FULL_STATUS = 507

const staticDirOf = (collection: { upload?: unknown }): string | null => {
  const upload = collection.upload
  return upload && typeof upload === 'object' && typeof (upload as { staticDir?: unknown }).staticDir === 'string'
    ? (upload as { staticDir: string }).staticDir
    : null
}

/** beforeOperation: a new file that would not fit (with the reserve) is refused before anything is written. */
export const refuseWhenDiskFull: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const file = req.file
  const staticDir = staticDirOf(collection)
  if (!file || !staticDir) return args
  const free = freeBytes(staticDir)
  const bytes = sizeOf(file)
  if (free !== null && free < bytes + RESERVE_BYTES) {
    const message = diskFullMessages.upload(file.name, bytes, staticDir)
    throw new APIError(message, DISK_FULL_STATUS, [{ path: 'file', message }], true)
  }
  return args
}

type Noted = { uploadFiles?: string[] }

/** beforeChange: the files this save is about to write (Payload named them already), for reportDiskFull to delete. */
export const noteUploadFiles: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const staticDir = staticDirOf(collection)
  if (!req.file || !staticDir) return data
  const sizes = Object.values((data.sizes ?? {}) as Record<string, { filename?: unknown } | null>)
  const names = [data.filename, ...sizes.map((size) => size?.filename)].filter((name): name is string => typeof name === 'string' && !!name)
  ;(req.context as Noted).uploadFiles = names.map((name) => path.join(staticDir, path.basename(name)))
  return data
}

/**
 * afterError (REST, the admin): a full disk is answered 507 with the Chinese message,
 * whether refused beforehand or met while writing; in the second case the files the save
 * wrote are deleted (the save failed, so no record names them).
 */
export const reportDiskFull: CollectionAfterErrorHook = ({ collection, error, req }) => {
  const file = req.file
  const staticDir = staticDirOf(collection)
  if (!file || !staticDir) return
  if (error.message.startsWith('磁盘空间不足')) return answer(error, error.message)
  const free = freeBytes(staticDir)
  const bytes = sizeOf(file)
  const lowNow = free !== null && free < bytes + RESERVE_BYTES
  if (!lowNow || !(isNoSpace(error) || isPayloadWriteFailure(error, req))) return
  for (const written of (req.context as Noted).uploadFiles ?? []) fs.rmSync(written, { force: true })
  req.payload.logger.error(`上传“${file.name}”时磁盘已满（${staticDir}），已删除写了一半的文件`)
  return answer(error, diskFullMessages.upload(file.name, bytes, staticDir))
}

/** An upload's size: Payload's processing of an image replaces req.file without it, keeping the bytes. */
function sizeOf(file: NonNullable<PayloadRequest['file']>): number {
  return typeof file.size === 'number' ? file.size : (file.data?.length ?? 0)
}

/** Payload reports a failed write of an upload's files by this message only (FileUploadError keeps no cause). */
function isPayloadWriteFailure(error: Error, req: PayloadRequest): boolean {
  return error.message === req.t('error:problemUploadingFile')
}

function answer(error: Error, message: string) {
  // The config's own afterError (api/publicErrors.ts) runs after this one and answers any
  // public error below 500 with its message: marked 507, Payload's 400 is left to us.
  Object.assign(error, { status: DISK_FULL_STATUS })
  return { response: { errors: [{ name: 'APIError', message, data: { errors: [{ path: 'file', message }] } }] }, status: DISK_FULL_STATUS }
}
