/**
 * The files a gazette may take in and publish: documents (PDF, OFD, Office, WPS,
 * OpenDocument), raster images and video — nothing a browser could run as a page
 * (HTML, XHTML, XML, SVG, script). A file passes only when its extension is on the list
 * and its content, as sniffed, is what that extension promises: a PDF renamed .png or
 * a web page renamed .pdf is refused. The CMS checks every upload with this rule, the
 * export checks every file again before it reaches the site, and the site's server
 * takes each file's type from here. Pure: the sniffing itself is done by the caller.
 */

/** What sniffing reports for a ZIP with OFD.xml at its root (GB/T 33190). */
export const OFD_SNIFFED = 'application/ofd'

type UploadType = {
  /** Lower-case, without the dot. */
  extensions: readonly string[]
  /** The type the file is stored with and served as. */
  mimeType: string
  /** What sniffing the content may report for these extensions. */
  sniffed: readonly string[]
  /** Images, video and PDF open in the browser; everything else is downloaded. */
  inline: boolean
  /** How the file is named to an editor, e.g. in “内容是 PNG 图片”. */
  label: string
}

// An Office 97–2003 file and a WPS file are both OLE compound files: sniffing tells
// that much and no more, so the extension says which.
const CFB = 'application/x-cfb'

const types: readonly UploadType[] = [
  { extensions: ['pdf'], mimeType: 'application/pdf', sniffed: ['application/pdf'], inline: true, label: 'PDF 文件' },
  { extensions: ['ofd'], mimeType: 'application/ofd', sniffed: [OFD_SNIFFED], inline: false, label: 'OFD 文件' },
  { extensions: ['doc'], mimeType: 'application/msword', sniffed: [CFB], inline: false, label: 'Word 文件' },
  {
    extensions: ['docx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sniffed: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    inline: false,
    label: 'Word 文件（.docx）',
  },
  { extensions: ['xls'], mimeType: 'application/vnd.ms-excel', sniffed: [CFB], inline: false, label: 'Excel 文件' },
  {
    extensions: ['xlsx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    sniffed: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    inline: false,
    label: 'Excel 文件（.xlsx）',
  },
  { extensions: ['ppt'], mimeType: 'application/vnd.ms-powerpoint', sniffed: [CFB], inline: false, label: 'PowerPoint 文件' },
  {
    extensions: ['pptx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    sniffed: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    inline: false,
    label: 'PowerPoint 文件（.pptx）',
  },
  // WPS Office's own formats, with the types WPS registers for them.
  { extensions: ['wps'], mimeType: 'application/wps-office.wps', sniffed: [CFB], inline: false, label: 'WPS 文字文件' },
  { extensions: ['et'], mimeType: 'application/wps-office.et', sniffed: [CFB], inline: false, label: 'WPS 表格文件' },
  { extensions: ['dps'], mimeType: 'application/wps-office.dps', sniffed: [CFB], inline: false, label: 'WPS 演示文件' },
  {
    extensions: ['odt'],
    mimeType: 'application/vnd.oasis.opendocument.text',
    sniffed: ['application/vnd.oasis.opendocument.text'],
    inline: false,
    label: 'OpenDocument 文本',
  },
  {
    extensions: ['ods'],
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
    sniffed: ['application/vnd.oasis.opendocument.spreadsheet'],
    inline: false,
    label: 'OpenDocument 表格',
  },
  {
    extensions: ['odp'],
    mimeType: 'application/vnd.oasis.opendocument.presentation',
    sniffed: ['application/vnd.oasis.opendocument.presentation'],
    inline: false,
    label: 'OpenDocument 演示文稿',
  },
  { extensions: ['png'], mimeType: 'image/png', sniffed: ['image/png'], inline: true, label: 'PNG 图片' },
  { extensions: ['jpg', 'jpeg'], mimeType: 'image/jpeg', sniffed: ['image/jpeg'], inline: true, label: 'JPEG 图片' },
  { extensions: ['gif'], mimeType: 'image/gif', sniffed: ['image/gif'], inline: true, label: 'GIF 图片' },
  { extensions: ['webp'], mimeType: 'image/webp', sniffed: ['image/webp'], inline: true, label: 'WebP 图片' },
  { extensions: ['avif'], mimeType: 'image/avif', sniffed: ['image/avif'], inline: true, label: 'AVIF 图片' },
  { extensions: ['tif', 'tiff'], mimeType: 'image/tiff', sniffed: ['image/tiff'], inline: true, label: 'TIFF 图片' },
  // Some encoders mark an MP4 with the M4V brand; it is the same container.
  { extensions: ['mp4'], mimeType: 'video/mp4', sniffed: ['video/mp4', 'video/x-m4v'], inline: true, label: 'MP4 视频' },
  { extensions: ['webm'], mimeType: 'video/webm', sniffed: ['video/webm'], inline: true, label: 'WebM 视频' },
]

/** The accepted types as an editor reads them in a refusal. */
export const acceptedTypesText =
  'PDF、OFD、Word（.doc、.docx）、Excel（.xls、.xlsx）、PowerPoint（.ppt、.pptx）、WPS（.wps、.et、.dps）、' +
  'OpenDocument（.odt、.ods、.odp）、图片（.png、.jpg、.jpeg、.gif、.webp、.avif、.tif、.tiff）、视频（.mp4、.webm）'

/** Every accepted extension, with its dot, e.g. for a file picker's `accept`. */
export const acceptedExtensions: readonly string[] = types.flatMap((type) => type.extensions.map((ext) => `.${ext}`))

/** The lower-case extension of a file name, without the dot; '' when it has none. */
export function extensionOf(filename: string): string {
  const base = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function typeOf(filename: string): UploadType | undefined {
  const extension = extensionOf(filename)
  return types.find((type) => type.extensions.includes(extension))
}

export type UploadVerdict = { ok: true; mimeType: string } | { ok: false; problem: string }

/**
 * Whether a file of this name and this sniffed content (a MIME type, or null when
 * sniffing recognised nothing) may be uploaded and published, and the type it then has.
 */
export function judgeUpload(filename: string, sniffed: string | null): UploadVerdict {
  const extension = extensionOf(filename)
  const type = typeOf(filename)
  if (!type) return { ok: false, problem: extension ? `不接受扩展名为“.${extension}”的文件` : '文件名没有扩展名' }
  if (sniffed !== null && type.sniffed.includes(sniffed)) return { ok: true, mimeType: type.mimeType }
  return { ok: false, problem: `扩展名为“.${extension}”，但${describeContent(sniffed)}，两者不符` }
}

/** The sentence an editor (or the export's log) gets for a refused file. */
export function refusalMessage(filename: string, problem: string): string {
  return `文件“${filename}”不能上传：${problem}。可上传的类型：${acceptedTypesText}。`
}

function describeContent(sniffed: string | null): string {
  if (sniffed === null) return '文件内容不是可识别的文档、图片或视频（如网页、脚本或纯文本）'
  if (sniffed === CFB) return '文件内容是 Office 97–2003 或 WPS 文件'
  const type = types.find((candidate) => candidate.sniffed.includes(sniffed))
  return type ? `文件内容是 ${type.label}` : `文件内容的类型是 ${sniffed}`
}

/**
 * How the site serves a file under its uploads prefix: the type from the list, opened
 * in the browser only for images, video and PDF; anything else, and any extension not
 * on the list, is downloaded as bytes.
 */
export function servedUpload(filename: string): { contentType: string; inline: boolean } {
  const type = typeOf(filename)
  return type ? { contentType: type.mimeType, inline: type.inline } : { contentType: 'application/octet-stream', inline: false }
}
