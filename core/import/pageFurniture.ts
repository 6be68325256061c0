/**
 * Page furniture: what a government web page prints around a document and a copy picks
 * up with it: previous/next links, the site footer, breadcrumbs, print and font-size
 * buttons, image marks and table borders left by converters, the site's disclaimer.
 * None of it belongs to the document. (Page metadata such as 发布日期 and 浏览次数 is
 * read, and then dropped, by metadataFields.)
 */

const IMAGE_MARK = /!\[[^\]]*\]\([^)]*\)/g
// "(此文不代表本网站观点,仅代表作者言论,…)" and its variants.
const DISCLAIMER = /[（(]?\s*(?:此文|本文)(?:仅代表作者|不代表本(?:网|网站|站)(?:的)?观点)[^）)]*[）)]?/gu
const BORDERS = /^[\s|｜]+|[\s|｜]+$/g

/** The line without image marks, the disclaimer and the | borders around it. */
export function stripDecorations(line: string): string {
  return line.replace(IMAGE_MARK, ' ').replace(DISCLAIMER, ' ').replace(BORDERS, '').trim()
}

const FURNITURE_LINE = [
  /^(?:上一[条篇]|下一[条篇]|上一页|下一页)\s*[:：]?/u,
  /^(?:当前位置|您的位置|你的位置|您现在的位置)\s*[:：]/u,
  /^首页\s*[>＞›»]/u,
  /^[【[]?\s*(?:打印(?:本页)?|关闭(?:窗口|本页)?|返回顶部|收藏|分享到?)\s*[】\]]?(?:\s*[【[]?\s*(?:打印(?:本页)?|关闭(?:窗口|本页)?|返回顶部|收藏)\s*[】\]]?)*$/u,
  /^[【[]?\s*字(?:体|号)\s*[:：]\s*[大中小\s]+[】\]]?/u,
  /^(?:扫一扫在手机(?:上)?打开(?:当前页)?|分享到\s*[:：])/u,
]

// Footer words: 主办单位, 版权所有, the ICP licence number and the like.
const FOOTER = /主办单位|承办单位|协办单位|版权所有|技术支持|ICP备|ICP证|公安备案|网站标识码|站点地图|网站地图|网站纠错/gu

const footerItems = (text: string): RegExpExecArray[] => [...text.matchAll(FOOTER)]

/** True for a line that is page furniture as a whole. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim()
  if (text === '') return false
  if (FURNITURE_LINE.some((re) => re.test(text))) return true
  // A footer starts with its words or lists several; a sentence that mentions
  // 主办单位 and 协办单位 in passing ends with a full stop.
  const items = footerItems(text)
  return items.length > 0 && ((items[0]?.index ?? 0) <= 2 || items.length >= 2) && !/[。！？]/u.test(text)
}

/**
 * A line that runs on into the footer ("…的重要内容。 | 主办单位:集贤县人民政府 版权所有…"):
 * the text before the footer, or the line unchanged.
 */
export function cutFooter(line: string): string {
  const items = footerItems(line)
  const first = items[0]
  if (!first || items.length < 2) return line
  const before = line.slice(0, first.index).replace(/[\s|｜]+$/u, '')
  // Only where the text before it is complete; otherwise the words belong to a sentence.
  return before !== '' && /[。！？）)〕”"]$/u.test(before) && !/[。！？]/u.test(line.slice(first.index)) ? before : line
}
