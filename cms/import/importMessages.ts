/**
 * Why a file of a batch import was not imported, in the words the editor reads in the
 * report (admin and `npm run import` alike). Pure: the admin's upload box shows the same
 * reasons for what it refuses before uploading.
 */

/** 10 MB, 12.5 MB, 64 KB: sizes as an editor reads them. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`
}

export const importMessages = {
  forbidden: '只有编辑或管理员可以导入文件。',
  noFile: '请选择要导入的文件（.txt、.html、.htm、.docx，或包含这些文件的 .zip 压缩包）。',
  notMultipart: '请以表单（multipart/form-data）上传文件，字段名为 file。',
  uploadIncomplete: '上传的内容不完整或格式有误，请重新上传。',
  uploadTooLarge: (max: number) => `上传的内容超过 ${formatSize(max)} 的上限，请分批或分成几个压缩包上传。`,
  tooManySelected: (count: number, max: number) => `一次选择了 ${count} 个文件，超过每次导入 ${max} 个的上限，请分批导入。`,
  fileTooLarge: (size: number, max: number) => `文件大小 ${formatSize(size)}，超过单个文件 ${formatSize(max)} 的上限`,
  // Zip archives
  notAZip: '无法打开压缩包：不是 zip 文件，或文件已损坏',
  zipTooManyFiles: (max: number) => `压缩包中的文件多于 ${max} 个，超过每次导入的上限，请分成几个压缩包导入`,
  zipEmpty: '压缩包中没有文件',
  batchTooManyFiles: (max: number) => `本次导入的文件多于 ${max} 个，超过每次导入的上限，请分批导入`,
  notFound: '文件或文件夹不存在',
  zipUnsafePath: '压缩包中的这个路径指向压缩包以外的位置（可能是恶意构造的压缩包），未解压',
  zipEncrypted: '文件已加密，无法读取',
  zipUnsupportedMethod: '压缩方式不受支持，请用常见的 zip 格式重新压缩',
  zipUnpackedTooLarge: (size: number, max: number) => `解压后 ${formatSize(size)}，超过单个文件 ${formatSize(max)} 的上限`,
  zipSizeMismatch: '解压出的内容与压缩包记录的大小不符（压缩包已损坏或被恶意构造），未导入',
  zipCorrupt: '无法解压：压缩包中的这个文件已损坏',
  nestedZip: '压缩包中的压缩包不会展开，请先解压后再导入',
  // Duplicates
  sameInBatch: (other: string) => `与本次导入的“${other}”内容相同，未重复导入`,
  duplicateNumber: (docNumber: string, title: string) =>
    `发文字号“${docNumber}”已被《${title}》使用，疑为重复文件，未导入；如确为另一份文件，请先核对发文字号`,
  alreadyPublished: (title: string) => `此文件此前已导入，并已发布为《${title}》，未再次导入`,
  failed: (detail: string) => `导入失败：${detail}`,
  // Notes on an imported draft
  sourcePublishedDate: (day: string) =>
    `原件载明的发布日期为 ${day}，是原发布机关公开发布的日期，未填入本公报的“发布日期”（本公报发布时填写）`,
} as const
