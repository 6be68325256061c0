/**
 * What the back-issue reader could not decide, page by page, and how it says so to the
 * office (Chinese). The reader never guesses silently: a title over a page break, a
 * contents line that matches nothing, a page that reads as noise are reported here and
 * the rest of the issue goes on.
 */

export type BackIssueProblem =
  /** A page whose text reads as noise; left out of every entry. */
  | { kind: 'noise-page'; page: number; reason: 'confidence' | 'characters' | 'fragments' }
  /** A page with no text layer that was not recognised (OCR off or failed). */
  | { kind: 'unread-page'; page: number; reason: string }
  /** No page headed 目录: entries were split by their titles alone. */
  | { kind: 'no-contents'; page: null }
  /** A contents line whose title is printed nowhere in the body. */
  | { kind: 'contents-unmatched'; page: number; label: string }
  /** A row of the contents read as neither a section nor an entry. */
  | { kind: 'contents-unread'; page: number; text: string }
  /** An entry's title starts on one page and ends on the next. */
  | { kind: 'title-spans-pages'; page: number; title: string }
  /** The contents give another page than the one the title stands on. */
  | { kind: 'page-differs'; page: number; title: string; printed: number; expected: number; found: number }
  /** The title in the contents and in the body differ (OCR, or a misprint). */
  | { kind: 'title-differs'; page: number; contentsTitle: string; bodyTitle: string }
  /** The 发文字号 in the contents and in the body differ. */
  | { kind: 'number-differs'; page: number; title: string; contentsNumber: string; bodyNumber: string | null }
  /** The body shows no 发文字号 (OCR lost it) and the contents print one: the contents' number taken. */
  | { kind: 'number-from-contents'; page: number; title: string; number: string }
  /** A document title in the body that the contents do not list: read as an entry of its own. */
  | { kind: 'unlisted-title'; page: number; text: string }
  /** A title-sized line inside an entry that is not a document title: read as part of the entry. */
  | { kind: 'title-in-entry'; page: number; text: string }
  /** Text on a body page before the first entry. */
  | { kind: 'unassigned-text'; page: number; text: string }
  /** Nothing in the file could be read as an entry. */
  | { kind: 'no-entries'; page: null }

const excerpt = (text: string) => (Array.from(text).length > 40 ? `${Array.from(text).slice(0, 40).join('')}…` : text)

/** The problem in words an editor can act on. */
export function problemMessage(problem: BackIssueProblem): string {
  switch (problem.kind) {
    case 'noise-page':
      return `第${problem.page}页识别结果不像正文（${{ confidence: '识别置信度过低', characters: '多为无法识别的字符', fragments: '文字零散' }[problem.reason]}），未读入任何篇目：请核对原件，必要时人工录入。`
    case 'unread-page':
      return `第${problem.page}页没有文字层，未能识别（${problem.reason}）：请检查扫描件或开启文字识别。`
    case 'no-contents':
      return '未找到目录页（“目录”标题）：篇目只按正文中的大号标题划分，请逐篇核对。'
    case 'contents-unmatched':
      return `目录（第${problem.page}页）所列“${excerpt(problem.label)}”在正文中找不到对应标题：请核对是否漏印或标题不一致。`
    case 'contents-unread':
      return `目录第${problem.page}页的“${excerpt(problem.text)}”无法识别为栏目或篇目：请人工核对。`
    case 'title-spans-pages':
      return `第${problem.page}页《${excerpt(problem.title)}》的标题跨页排印（续在下一页）：起始页按第${problem.page}页计，请核对。`
    case 'page-differs':
      return `《${excerpt(problem.title)}》目录标注第${problem.printed}页${problem.expected === problem.printed ? '' : `（即文件第${problem.expected}页）`}，正文标题在文件第${problem.found}页：已按正文所在页计，请核对。`
    case 'title-differs':
      return `第${problem.page}页标题“${excerpt(problem.bodyTitle)}”与目录中的“${excerpt(problem.contentsTitle)}”不完全一致：请核对。`
    case 'number-differs':
      return `《${excerpt(problem.title)}》目录中的发文字号“${problem.contentsNumber}”与正文${problem.bodyNumber ? `“${problem.bodyNumber}”` : '（未识别到发文字号）'}不一致：请核对。`
    case 'number-from-contents':
      return `《${excerpt(problem.title)}》正文中未识别到发文字号，已按目录记为“${problem.number}”：请对照原件核对。`
    case 'unlisted-title':
      return `第${problem.page}页的标题《${excerpt(problem.text)}》不在目录中（或目录中的写法无法对应），已作为单独一篇读入：请核对。`
    case 'title-in-entry':
      return `第${problem.page}页的大号标题“${excerpt(problem.text)}”不在目录中，已并入所在的一篇：如是另一篇文件，请拆分。`
    case 'unassigned-text':
      return `第${problem.page}页有正文文字不属于任何篇目（“${excerpt(problem.text)}”）：请核对。`
    case 'no-entries':
      return '未能从本期中识别出任何篇目。'
  }
}
