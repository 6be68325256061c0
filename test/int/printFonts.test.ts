/**
 * The print edition's typefaces, read from the PDF Chromium prints: every line of a
 * small issue is traced to the embedded font that printed it. Expected are the free
 * fonts scripts/setup.sh installs (docs/print-fonts.md): on a machine with the
 * licensed 仿宋_GB2312 or 方正小标宋 those print instead, and this test says so.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../../cms/print/chromium'
import { printIssue } from '../../cms/print/printIssue'
import { blocksFromLexical } from '../../core/snapshot/fromLexical'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { type PdfLine, readLineFonts } from './helpers/pdfLineFonts'

const title = '关于推进政务公开标准化规范化的通知'
const body = [
  '各县（市、区）人民政府：',
  '## 一、总体要求',
  '按照GB/T 9704—2012的要求，坚持以人民为中心，推进政务公开标准化规范化。',
  '### （一）工作目标',
  '到2022年底，基本建成全市统一的政务公开标准体系。',
].join('\n\n')

/** The free fonts by GB/T 9704 role (PDF font names without the subset prefix). */
const expected = {
  title: 'NotoSerifCJKsc-Bold', // 小标宋 → bold 宋体
  body: 'NotoSerifCJKsc-Regular', // 仿宋 → 宋体
  first: 'NotoSansCJKsc-Regular', // 黑体
  second: 'UKaiCN', // 楷体
}

let browser: Browser
let lines: PdfLine[]

beforeAll(async () => {
  browser = await launchChromium()
  const printed = await printIssue(
    {
      gazetteName: '运城市人民政府公报',
      year: 2022,
      issueNumber: 1,
      totalNumber: 1,
      publicationDate: '2022-07-15',
      sections: [
        {
          title: '市政府文件',
          entries: [
            {
              id: 'fonts',
              title,
              docNumber: '运政发〔2022〕1号',
              issuers: ['运城市人民政府'],
              writtenDate: '2022-07-01',
              body: blocksFromLexical(markdownToLexical(body)),
              kind: 'document',
            },
          ],
        },
      ],
    },
    { browser },
  )
  lines = await readLineFonts(printed.pdf)
})

afterAll(async () => {
  await browser?.close()
})

/** The fonts of the document page's line with exactly this text. */
function fontsOf(text: string): string[] {
  const wanted = text.replace(/\s+/g, '')
  const line = lines.find((candidate) => candidate.page === 3 && candidate.text === wanted)
  if (!line)
    throw new Error(
      `no line 「${wanted}」 on page 3: ${lines
        .filter((l) => l.page === 3)
        .map((l) => l.text)
        .join(' | ')}`,
    )
  return [...line.fonts]
}

describe('the print edition’s typefaces (GB/T 9704 with free fallbacks)', () => {
  it('sets the document title in 小标宋 style (bold 宋体)', () => {
    expect(fontsOf(title)).toEqual([expected.title])
  })

  it('sets body text, numbers and Latin letters included, in the 仿宋 stand-in (宋体)', () => {
    expect(fontsOf('各县（市、区）人民政府：')).toEqual([expected.body])
    expect(fontsOf('运政发〔2022〕1号')).toEqual([expected.body])
    const paragraph = lines.filter((line) => line.page === 3 && line.text.includes('GB/T'))
    expect(paragraph.length).toBeGreaterThan(0)
    for (const line of paragraph) expect([...line.fonts]).toEqual([expected.body])
  })

  it('sets first-level headings in 黑体 and second-level ones in 楷体, unlike the body', () => {
    expect(fontsOf('一、总体要求')).toEqual([expected.first])
    expect(fontsOf('（一）工作目标')).toEqual([expected.second])
  })

  it('embeds no font beyond the four chosen (nothing fell back to a Latin font)', () => {
    const all = new Set(lines.flatMap((line) => [...line.fonts]))
    expect([...all].sort()).toEqual(Object.values(expected).sort())
  })
})
