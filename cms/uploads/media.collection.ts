import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { isAdmin, isEditor, isStaff } from '../access/staff'
import { label } from '../fields/label'
import { dataDir } from '../../core/paths'
import { crashPoint } from '../../core/crashPoint'
import { checkUploadType } from './checkUploadType'
import { noteUploadFiles, refuseWhenDiskFull, reportDiskFull } from './diskSpace'
import { refuseDeletingUsedMedia } from './refuseDeletingUsedMedia'
import { refuseFileReplacement } from './refuseFileReplacement'

/**
 * Uploaded files: attachments and images. Only staff read them through the CMS; the
 * public gets the attachments of public documents from the published snapshot.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('文件素材', 'Media'), plural: label('文件素材', 'Media') },
  admin: { group: label('内容', 'Content'), description: '附件和图片。只有随公开文件发布的附件才会出现在公报上。' },
  access: {
    read: isStaff,
    create: isEditor,
    update: isEditor,
    delete: isAdmin,
  },
  // A stored file never changes and a file in use stays: see refuseFileReplacement.
  // Only documents, raster images and video, checked by content: see checkUploadType.
  // A full disk is refused, or reported with its half-written files deleted: see diskSpace.
  hooks: {
    beforeOperation: [refuseFileReplacement, checkUploadType, refuseWhenDiskFull],
    beforeChange: [noteUploadFiles],
    // Killed here, the file and its record exist and no document refers to them yet.
    afterChange: [({ doc }) => (crashPoint('upload:stored'), doc)],
    afterError: [reportDiskFull],
    beforeDelete: [refuseDeletingUsedMedia],
  },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    // Resized with sharp; the original is kept as uploaded.
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'page', width: 1200 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('替代文本', 'Alt text'),
      admin: { description: '图片内容的文字说明，供读屏软件朗读。' },
    },
  ],
}
