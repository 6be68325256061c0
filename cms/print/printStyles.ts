/**
 * The print stylesheet: CSS paged media, which Chromium lays out itself. Running
 * heads and page numbers are page-margin boxes, so the number in the footer is
 * Chromium's own page counter, the same page the PDF has. GB/T 9704 §7.5: page
 * numbers as — 1 —, outside corner (right on odd pages, left on even ones).
 */
import { fontStacks } from './fontStacks'
import type { PageLayout } from './pageLayout'

export function printStyles(layout: PageLayout, runningHead: string): string {
  const { marginsMm: m, bodyPt, linePt, page } = layout
  const scale = bodyPt / 16
  const size = (pt: number) => `${Math.round(pt * scale * 100) / 100}pt`
  const headRule = 'vertical-align: bottom; padding-bottom: 2mm; margin-bottom: 6mm; border-bottom: 0.5pt solid #000;'
  const folio = `content: "— " counter(page) " —"; font-family: ${fontStacks.xiaobiaosong}; font-size: ${size(14)};`
  return `
@page {
  size: ${page.css};
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  /* The rule under the running head spans the type area: all three top boxes draw it. */
  @top-left { content: ""; ${headRule} }
  @top-center { content: ${cssString(runningHead)}; font-family: ${fontStacks.kai}; font-size: ${size(10.5)}; ${headRule} }
  @top-right { content: ""; ${headRule} }
}
@page :right { @bottom-right { ${folio} margin-right: 1em; vertical-align: top; padding-top: 7mm; } }
@page :left { @bottom-left { ${folio} margin-left: 1em; vertical-align: top; padding-top: 7mm; } }
@page cover {
  margin: 0;
  @top-left { content: none; }
  @top-center { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}

html { font-family: ${fontStacks.fangsong}; font-size: ${bodyPt}pt; line-height: ${linePt}pt; color: #000; }
html, body { margin: 0; padding: 0; }
* { font-synthesis: none; }
h1, h2, h3, h4, h5, p, blockquote, ol, ul { margin: 0; font-weight: normal; }
strong { font-weight: bold; }
em { font-style: normal; font-family: ${fontStacks.kai}; }

.cover {
  page: cover; break-after: page; box-sizing: border-box;
  height: ${Math.floor(page.heightMm) - 1}mm; overflow: hidden;
  padding: ${Math.round(page.heightMm * 0.12)}mm ${m.left}mm ${Math.round(page.heightMm * 0.08)}mm;
  display: flex; flex-direction: column; align-items: center; text-align: center;
}
.cover-name {
  font-family: ${fontStacks.xiaobiaosong}; font-weight: bold; color: #c00;
  font-size: ${size(42)}; line-height: 1.3; letter-spacing: 0.08em;
}
.cover-year { margin-top: ${size(36)}; font-size: ${size(22)}; line-height: 1.5; }
.cover-issue { font-size: ${size(18)}; line-height: 1.5; }
.cover-art { flex: 1; display: flex; align-items: center; justify-content: center; width: 100%; min-height: 0; }
.cover-image { max-width: 80%; max-height: 90%; object-fit: contain; }
.cover-date { font-size: ${size(16)}; border-top: 1.5pt solid #c00; padding-top: ${size(10)}; width: 100%; }

.contents-heading {
  font-family: ${fontStacks.xiaobiaosong}; font-weight: bold; font-size: ${size(22)};
  line-height: 1.6; text-align: center; margin-bottom: ${linePt / 2}pt; letter-spacing: 0.5em;
}
.contents-section { margin-top: ${linePt / 2}pt; }
.contents-section-title { font-family: ${fontStacks.hei}; break-after: avoid; }
.contents-line {
  display: block; position: relative; color: inherit; text-decoration: none;
  break-inside: avoid; margin-left: 3em; padding-right: 3em; text-indent: -1em;
}
/* The dot leader runs under the whole line; the title's white background hides it
   under the text, so on a wrapped title the dots fill only the last line. */
.contents-line::after {
  content: ""; position: absolute; left: 0; right: 3em; bottom: 0.3em; border-bottom: 1.5pt dotted #000;
}
.contents-title { background: #fff; padding-right: 0.4em; }
.contents-number { white-space: nowrap; }
/* All text of the contents paints in one layer, above the leaders and in document
   order, so the PDF's text reads title, number, next title (readContentsPages). */
.contents-heading, .contents-section-title, .contents-title { position: relative; z-index: 1; }
.contents-page { position: absolute; z-index: 1; right: 0; bottom: 0; text-align: right; }

.entry { break-before: page; }
.section-title {
  font-family: ${fontStacks.hei}; font-size: ${size(14)}; line-height: 1.6;
  border-bottom: 1pt solid #c00; margin-bottom: ${linePt}pt; padding-bottom: 1mm; color: #c00;
}
.entry-title {
  font-family: ${fontStacks.xiaobiaosong}; font-weight: bold; font-size: ${size(22)};
  line-height: 1.5; text-align: center; margin: 0 1em ${linePt / 2}pt; break-after: avoid;
}
.entry-number { text-align: center; margin-bottom: ${linePt / 2}pt; break-after: avoid; }
.entry-body { margin-top: ${linePt / 2}pt; orphans: 2; widows: 2; }
.entry-body p, .entry-body li, .entry-body blockquote { text-align: justify; text-indent: 2em; }
.entry-body p.align-center { text-align: center; text-indent: 0; }
.entry-body p.addressee { text-indent: 0; }
.entry-body p.align-end { text-align: right; text-indent: 0; padding-right: 2em; }
.entry-body h3, .entry-body h4, .entry-body h5 { font-size: ${bodyPt}pt; text-indent: 2em; break-after: avoid; }
.entry-body .heading-attached-title {
  font-family: ${fontStacks.xiaobiaosong}; font-weight: bold; font-size: ${size(22)}; line-height: 1.5;
  text-align: center; text-indent: 0 !important; margin: ${linePt}pt 1em ${linePt / 2}pt;
}
.entry-body .heading-chapter {
  font-family: ${fontStacks.hei}; text-align: center; text-indent: 0; margin: ${linePt / 2}pt 0;
}
.entry-body .heading-first { font-family: ${fontStacks.hei}; }
.entry-body .heading-second { font-family: ${fontStacks.kai}; }
.entry-body .heading-third { font-family: ${fontStacks.fangsong}; font-weight: bold; }
.entry-body ol, .entry-body ul { padding: 0; list-style-position: inside; }
.entry-body blockquote { font-family: ${fontStacks.kai}; margin: 0 2em; }
`
}

/**
 * A CSS string literal for data placed in a stylesheet (the running head's text in
 * `content: …`). Anything but letters, digits, CJK text and plain spaces is written
 * as a hex escape, so quotes, backslashes, newlines and `</style>` cannot end the
 * string or the style element.
 */
export function cssString(text: string): string {
  let out = '"'
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const safe = /[\p{L}\p{N} ]/u.test(char) && char !== '\\'
    out += safe ? char : `\\${code.toString(16)} `
  }
  return `${out}"`
}
