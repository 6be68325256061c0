/**
 * The titles a document's own text repeals as it takes their place. A new law, regulation or
 * interpretation ends by naming what it supersedes: 《中华人民共和国合同法》…同时废止 in 民法典,
 * 《…》（法释〔2013〕12号）同时废止 in a judicial interpretation. Readers go on asking for the old
 * names; the old texts are often not in the gazette at all, and then this clause is the only
 * record that ties the name to the text now in force (issue 21: old names).
 */

/** A clause whose last words repeal what it names: 同时废止, 即行废止, 一并废止, 予以废止, 废止. */
const REPEALING_CLAUSE = /(?:同时|即行|一并|予以)?废止$/
/** A title in book-title marks; titles nested in a title use 〈〉 and stay inside it. */
const TITLE = /《([^《》]+)》/g
/** What follows a title that amended another, not one repealed: 《…修正案》第一次修订的《X》. */
const AMENDING_AFTER = /^(?:[（(][^）)]*[）)])?(?:第[一二三四五六七八九十]+次)?(?:修正|修订|修改|批准)/
/** A clause that repeals by its verb first (废止《X》) belongs to a repeal decision, which replaces nothing. */
const VERB_FIRST = /废止《/

/**
 * The titles the text repeals in clauses that end with 废止, in order, each once. Only the
 * clause's titles count (not the act being made, not a decision by which one of them was once
 * amended), so a text that merely cites a repealed act names nothing.
 */
export function supersededTitles(text: string): string[] {
  const found: string[] = []
  for (const raw of text.split(/[。；;\n]/)) {
    const clause = raw.trim().replace(/[，,、\s]+$/, '')
    if (!REPEALING_CLAUSE.test(clause) || VERB_FIRST.test(clause)) continue
    for (const match of clause.matchAll(TITLE)) {
      const after = clause.slice((match.index ?? 0) + match[0].length)
      const title = match[1]?.trim()
      if (!title || AMENDING_AFTER.test(after) || found.includes(title)) continue
      found.push(title)
    }
  }
  return found
}
