import { describe, expect, it } from 'vitest'

import { blocksFromLexical } from '../../core/snapshot/fromLexical'
import type { LexicalNode } from '../../core/snapshot/lexical'
import { blockSchema } from '../../core/snapshot/schema'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const root = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

describe('sample text format → Lexical → snapshot blocks', () => {
  it('keeps headings, alignment and paragraphs in order', () => {
    const source = '各县(市、区)人民政府:\n\n>> 运城市人民政府办公室\n\n## 一、总体要求\n\n### (一)以公开促落实\n\n正文第一段。\n第二行。'
    const blocks = blocksFromLexical(markdownToLexical(source))
    expect(blocks).toEqual([
      { type: 'paragraph', align: 'start', children: [{ text: '各县(市、区)人民政府:', bold: false, italic: false, underline: false }] },
      { type: 'paragraph', align: 'end', children: [{ text: '运城市人民政府办公室', bold: false, italic: false, underline: false }] },
      { type: 'heading', level: 2, children: [{ text: '一、总体要求', bold: false, italic: false, underline: false }] },
      { type: 'heading', level: 3, children: [{ text: '(一)以公开促落实', bold: false, italic: false, underline: false }] },
      {
        type: 'paragraph',
        align: 'start',
        children: [
          { text: '正文第一段。', bold: false, italic: false, underline: false },
          { text: '\n', bold: false, italic: false, underline: false },
          { text: '第二行。', bold: false, italic: false, underline: false },
        ],
      },
    ])
    for (const block of blocks) expect(blockSchema.safeParse(block).success).toBe(true)
  })

  it('ignores blank input', () => {
    expect(blocksFromLexical(markdownToLexical('\n\n  \n'))).toEqual([])
    expect(blocksFromLexical(null)).toEqual([])
  })
})

describe('blocksFromLexical', () => {
  it.each([
    ['bold', 1, { bold: true, italic: false, underline: false }],
    ['italic', 2, { bold: false, italic: true, underline: false }],
    ['underline', 8, { bold: false, italic: false, underline: true }],
    ['bold and underline', 9, { bold: true, italic: false, underline: true }],
  ])('reads %s marks', (_name, format, marks) => {
    const [block] = blocksFromLexical(root({ type: 'paragraph', children: [text('字', format)] }))
    expect(block).toEqual({ type: 'paragraph', align: 'start', children: [{ text: '字', ...marks }] })
  })

  it.each([
    ['https://www.gov.cn/', 'https://www.gov.cn/'],
    ['/documents/a/', '/documents/a/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html;base64,PHNjcmlwdD4=', undefined],
  ])('keeps the text of a link to %s, and the target only when safe', (url, expected) => {
    const [block] = blocksFromLexical(root({ type: 'paragraph', children: [{ type: 'link', fields: { url }, children: [text('链接')] }] }))
    expect(block?.type === 'paragraph' && block.children[0]).toEqual({
      text: '链接',
      bold: false,
      italic: false,
      underline: false,
      ...(expected ? { href: expected } : {}),
    })
  })

  it('turns lists into items and clamps heading levels to h2–h4', () => {
    const blocks = blocksFromLexical(
      root(
        { type: 'heading', tag: 'h1', children: [text('大标题')] },
        { type: 'heading', tag: 'h6', children: [text('小标题')] },
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('第一项')] }] },
      ),
    )
    expect(blocks.map((b) => (b.type === 'heading' ? b.level : b.type))).toEqual([2, 4, 'list'])
    expect(blocks[2]).toMatchObject({ type: 'list', ordered: true, items: [[{ text: '第一项' }]] })
  })

  it('drops nodes the public site does not publish', () => {
    const blocks = blocksFromLexical(root({ type: 'upload', value: 3 }, { type: 'relationship', value: 4 }, { type: 'horizontalrule' }))
    expect(blocks).toEqual([])
  })
})
