/**
 * 曾用标题: the titles a document carried in earlier versions and no longer does (a 修订 may
 * rename it: 《…暂行办法》 becomes 《…办法》). Readers cite a document by the title they knew, so
 * search finds it by these too (issue 22). Oldest first, each once, never the current title.
 */
export function formerTitles(versions: ReadonlyArray<{ title: string }>): string[] {
  const current = versions.at(-1)?.title
  return [...new Set(versions.slice(0, -1).map((version) => version.title))].filter((title) => title !== current)
}
