/**
 * One markdown file of the LawRefBook/Laws repository (its 法律法规模版.md): `# title`, an
 * optional second `# subtitle` (a book of 民法典), the history lines (`1990年1月23日 事件`)
 * up to `<!-- INFO END -->`, then the text with `##`-headings for 编/章/节 and one article
 * or paragraph per blank-line-separated paragraph.
 */

export type LawFile = {
  title: string
  /** A part of a law split over several files (民法典's 婚姻家庭编); null for a whole law. */
  subtitle: string | null
  /** The lines between the title and `<!-- INFO END -->`: dated events of the text's history. */
  infoLines: string[]
  /** The text after `<!-- INFO END -->`, as written (see bodyText). */
  markdown: string
}

const INFO_END = '<!-- INFO END -->'

/** Full-width digits and spaces as ASCII, so that dates and numbers read the same everywhere. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
}

export function parseLawFile(source: string): LawFile {
  const text = source.replace(/\r\n?/g, '\n')
  const end = text.indexOf(INFO_END)
  if (end < 0) throw new Error(`no ${INFO_END} line`)
  const head = text
    .slice(0, end)
    .split('\n')
    .map(clean)
    .filter((line) => line !== '')
  const titles = head.filter((line) => line.startsWith('# ')).map((line) => line.slice(2).trim())
  const title = titles[0]
  if (!title) throw new Error('no # title line')
  return {
    title,
    subtitle: titles[1] ?? null,
    infoLines: head.filter((line) => !line.startsWith('#')).map(asciiDigits),
    markdown: text.slice(end + INFO_END.length),
  }
}

/** Removes HTML comments (the template's notes, FORCE BREAK and TABLE marks) and trailing space. */
function clean(line: string): string {
  return line.replace(/<!--.*?-->/g, '').trim()
}

/**
 * The text in the samples' format (content/samples/README.md): its paragraphs with their headings: `#`/`##` become `## `, deeper ones `### `
 * (the samples' format has two levels; 节 under 章 is the deepest the laws use), shifted
 * one level down when `demote` is set (a book's chapters under the book's own heading).
 */
export function bodyText(markdown: string, demote = false): string {
  const paragraphs: string[] = []
  for (const chunk of markdown.split(/\n\s*\n/)) {
    let lines: string[] = []
    const flush = () => {
      if (lines.length > 0) paragraphs.push(lines.join('\n'))
      lines = []
    }
    for (const line of chunk.split('\n').map(clean)) {
      const heading = /^(#+)\s*(.*)$/.exec(line)
      if (heading) {
        flush()
        const level = Math.max(2, (heading[1]?.length ?? 2) + (demote ? 1 : 0))
        // A bare `##` (民法典's 附则 has one) is no heading.
        if (heading[2]) paragraphs.push(`${level === 2 ? '##' : '###'} ${heading[2]}`)
      } else if (line !== '') {
        lines.push(line)
      }
    }
    flush()
  }
  return paragraphs.join('\n\n')
}
