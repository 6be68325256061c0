/** parseHtml (the adapter's htmlparser2 reading), and extraction from a government disclosure page through it. */
import { describe, expect, it } from 'vitest'

import { extractDocument } from '../../core/import/extractDocument'
import { extractionToJson } from '../../core/import/extractionJson'
import { pageText, parseHtml } from '../../cms/import/parseHtml'

const htmlToText = (html: string): string => pageText(parseHtml(html))

describe('parseHtml', () => {
  it.each([
    ['paragraphs and line breaks', '<p>第一段</p><p>第二段<br>第二行</p>', '第一段\n第二段\n第二行'],
    ['headings and lists', '<h1>标题</h1><ul><li>一</li><li>二</li></ul>', '标题\n一\n二'],
    ['inline elements stay in the line', '<p>请<b>认真</b>贯彻<a href="#">落实</a>。</p>', '请认真贯彻落实。'],
    ['source line breaks are spaces', '<p>第一行\n   第二行</p>', '第一行 第二行'],
    ['scripts and styles', '<style>p{}</style><script>document.write("<p>x</p>")</script><p>正文</p>', '正文'],
    ['navigation', '<nav><a>首页</a></nav><div class="crumb">当前位置</div><div id="main-menu"><a>政务公开</a></div><p>正文</p>', '正文'],
    ['footer', '<p>正文</p><footer>版权所有</footer><div class="footer">主办单位</div>', '正文'],
    ['head and comments', '<html><head><title>站点</title></head><body><!-- 注释 --><p>正文</p></body></html>', '正文'],
    [
      'table rows, cells separated',
      '<table><tr><td>索引号：</td><td>734972044/201805-018</td></tr><tr><th>主题分类</th><td>商贸</td></tr></table>',
      '索引号： | 734972044/201805-018\n主题分类 | 商贸',
    ],
    [
      'empty cells are skipped',
      '<table><tr><td>文号：</td><td></td><td>关键字：</td><td>政务公开</td></tr></table>',
      '文号： | 关键字： | 政务公开',
    ],
    ['unclosed rows and cells', '<table><tr><td>a<td>b<tr><td>c</table>', 'a | b\nc'],
    ['a layout cell keeps its paragraphs', '<table><tr><td><p>第一段</p><p>第二段</p></td></tr></table>', '第一段\n第二段'],
    [
      'a cell that wraps its value in a paragraph',
      '<table><tr><td>索引号：</td><td><p>734972044/201805-018</p></td></tr></table>',
      '索引号：\n734972044/201805-018',
    ],
    ['nested tables', '<table><tr><td><table><tr><td>索引号</td><td>1</td></tr></table></td><td>外</td></tr></table>', '索引号 | 1\n外'],
    [
      'entities',
      '<p>&ldquo;放管服&rdquo;&nbsp;改革 &amp; 权威性&#12289;统一性&#x3002;&unknown;</p>',
      '“放管服” 改革 & 权威性、统一性。&unknown;',
    ],
    ['pre keeps its spacing', '<pre>第一行\n  第二行</pre>', '第一行\n第二行'],
    ['not HTML at all', '纯文本，没有标签', '纯文本，没有标签'],
    ['empty', '', ''],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected)
  })

  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['&#20013;&#x6587;', '中文'],
    ['&#0;&#xD800;', '\uFFFD\uFFFD'],
    ['&AMP;', '&'],
    ['a & b', 'a & b'],
  ])('character references: %s', (text, expected) => {
    expect(htmlToText(`<p>${text}</p>`)).toBe(expected)
  })
})

const disclosurePage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>运城市人民政府 政府信息公开</title>
<script>var _hmt = _hmt || [];</script><style>.xxgk td{border:1px solid}</style></head>
<body>
<div class="top-nav"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
<div class="breadcrumb">当前位置：<a>首页</a> &gt; <a>政府文件</a></div>
<table class="xxgk">
  <tr><th>索&nbsp;引&nbsp;号：</th><td>11140800MB1234567X/2022-00018</td><th>主题分类：</th><td>综合政务、政务公开</td></tr>
  <tr><th>发布机构：</th><td>运城市人民政府办公室</td><th>成文日期：</th><td>2022年06月30日</td></tr>
  <tr><th>文&emsp;&emsp;号：</th><td>运政办发〔2022〕18号</td><th>发布日期：</th><td>2022-07-01</td></tr>
  <tr><th>名&emsp;&emsp;称：</th><td colspan="3">运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知</td></tr>
  <tr><th>关&nbsp;键&nbsp;词：</th><td colspan="3">政务公开，工作要点</td></tr>
</table>
<div class="article">
  <h1>运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知</h1>
  <p style="text-align:center">运政办发〔2022〕18号</p>
  <p>各县（市、区）人民政府，运城开发区管委会，市直各有关单位：</p>
  <p>&emsp;&emsp;《运城市2022年政务公开工作要点》已经市人民政府同意，现印发给你们，请认真贯彻落实。</p>
  <p style="text-align:right">运城市人民政府办公室</p>
  <p style="text-align:right">二〇二二年六月三十日</p>
  <p>（此件公开发布）</p>
  <p style="text-align:center"><strong>运城市2022年政务公开工作要点</strong></p>
  <p>&emsp;&emsp;做好2022年全市政务公开工作，要坚持以人民为中心。</p>
  <p>&emsp;&emsp;<strong>一、坚持公开就是承诺，以公开促落实</strong></p>
  <p>&emsp;&emsp;（一）以权威发布促落实</p>
  <p>&emsp;&emsp;要维护行政机关政令发布的权威性和统一性。</p>
  <p>&emsp;&emsp;本文件由市政府办公室负责解读。</p>
  <p><img src="qr.png" alt="扫一扫"></p>
</div>
<div class="page-share">分享到：微信 微博</div>
<p>上一篇：运城市人民政府关于某事的通知</p>
<div class="footer">主办单位：运城市人民政府办公室 版权所有 晋ICP备12345678号</div>
</body></html>`

describe('extraction from a disclosure page', () => {
  const doc = extractDocument(htmlToText(disclosurePage), { fileName: 'page.html' })

  it('reads the metadata table', () => {
    expect(extractionToJson(doc)).toMatchObject({
      fileName: 'page.html',
      title: '运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知',
      docNumberRaw: '运政办发〔2022〕18号',
      docNumber: '运政办发〔2022〕18号',
      issuers: ['运城市人民政府办公室'],
      writtenDate: '2022-06-30',
      publishedDate: '2022-07-01',
      interpretationBody: '市政府办公室',
      disclosure: 'proactive',
      indexNumber: '11140800MB1234567X/2022-00018',
      subject: '综合政务、政务公开',
      keywords: ['政务公开', '工作要点'],
      effectiveDate: null,
      attachments: [],
    })
    expect(doc.report.doubts).toEqual([])
  })

  it('keeps the document and drops the page', () => {
    expect(doc.body).toEqual([
      { type: 'paragraph', text: '各县（市、区）人民政府，运城开发区管委会，市直各有关单位：', align: 'start' },
      { type: 'paragraph', text: '《运城市2022年政务公开工作要点》已经市人民政府同意，现印发给你们，请认真贯彻落实。', align: 'start' },
      { type: 'paragraph', text: '运城市人民政府办公室', align: 'end' },
      { type: 'paragraph', text: '二〇二二年六月三十日', align: 'end' },
      { type: 'paragraph', text: '（此件公开发布）', align: 'start' },
      { type: 'heading', level: 2, text: '运城市2022年政务公开工作要点' },
      { type: 'paragraph', text: '做好2022年全市政务公开工作，要坚持以人民为中心。', align: 'start' },
      { type: 'heading', level: 2, text: '一、坚持公开就是承诺，以公开促落实' },
      { type: 'heading', level: 3, text: '（一）以权威发布促落实' },
      { type: 'paragraph', text: '要维护行政机关政令发布的权威性和统一性。', align: 'start' },
      { type: 'paragraph', text: '本文件由市政府办公室负责解读。', align: 'start' },
    ])
  })
})
