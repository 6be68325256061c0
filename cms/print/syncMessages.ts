/** The sync check's findings in words an editor can act on. */
import type { SyncProblem } from './syncProblems'

export function syncMessage(problem: SyncProblem): string {
  const { entry } = problem
  const name = `《${entry.title}》`
  const stated = entry.firstPage === entry.lastPage ? `第${entry.firstPage}页` : `第${entry.firstPage}—${entry.lastPage}页`
  switch (problem.kind) {
    case 'bad-range':
      return `${name}标注的页码${stated}不在本PDF的页码范围内（共${problem.pages}页）${foundHint(problem.foundOn)}。请按PDF实际页码更正。`
    case 'moved':
      return `${name}标注在${stated}，但第${entry.firstPage}页上没有该标题${foundHint(problem.foundOn)}。请核对起止页码。`
    case 'contents-only':
      return `${name}只在目录（${pageList(problem.contentsOn)}）中出现，正文中找不到该标题。请核对PDF是否漏印该文件。`
    case 'missing':
      return `${name}在PDF中找不到，可能漏印或标题与印刷版不一致。`
  }
}

function foundHint(pages: readonly number[]): string {
  return pages.length > 0 ? `；标题实际出现在${pageList(pages)}` : '；PDF正文中找不到该标题'
}

function pageList(pages: readonly number[]): string {
  return `第${pages.join('、')}页`
}
