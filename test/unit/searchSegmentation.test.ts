/**
 * The index's words come from the same segmentation as the query's (issue 21): page text is
 * split by Intl.Segmenter before Pagefind sees it, and excerpts are joined again for display.
 */
import { describe, expect, it } from 'vitest'

import { segmentedHtml, segmentedText } from '../../site/integrations/pagefind/segmentedHtml'
import { joinSegmentedWords } from '../../site/scripts/search/excerpt'
import { searchWords } from '../../site/lib/search/segment'

describe('segmented page text', () => {
  it('splits Chinese into the words the search page splits a query into', () => {
    const text = '国家尊重和保障人权。带薪年休假'
    const indexed = segmentedText(text)
      .split(' ')
      .filter((word) => /\p{Script=Han}/u.test(word))
    expect(indexed).toEqual(searchWords(text).split(' '))
  })

  it('leaves Latin words, digits, entities, tags, attributes and scripts as they were', () => {
    const html =
      '<p title="关于印发">自2021年起&amp;Hello World</p><script>var s = "不分词"</script><style>.a::after{content:"样式"}</style>'
    expect(segmentedHtml(html)).toBe(
      '<p title="关于印发">自 2021 年 起 &amp;Hello World</p><script>var s = "不分词"</script><style>.a::after{content:"样式"}</style>',
    )
  })

  it('keeps the text of a metadata or filter element as written: results and filters show it', () => {
    expect(
      segmentedHtml('<h1 data-pagefind-meta="title">示例市物业管理办法</h1><p data-pagefind-meta="date:2024-01-01">正文内容</p>'),
    ).toBe('<h1 data-pagefind-meta="title">示例市物业管理办法</h1><p data-pagefind-meta="date:2024-01-01">正文 内容</p>')
    const issuer = '<span class="issuer" data-pagefind-filter="发文机关">河阳市人民政府办公室</span>'
    expect(segmentedHtml(issuer)).toBe(issuer)
  })

  it('is joined again in the excerpt a reader sees, marks kept', () => {
    const excerpt = segmentedText('第三十三条 国家尊重和保障人权，A&amp;B Hello World').replace('保障', '<mark>保障</mark>')
    expect(joinSegmentedWords(excerpt)).toBe('第三十三条国家尊重和<mark>保障</mark>人权，A&amp;B Hello World')
  })
})
