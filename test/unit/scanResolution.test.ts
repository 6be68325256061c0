/**
 * A scanned PDF's pages are rendered for OCR at their own scan resolution, read from
 * `pdfimages -list` (cms/backIssues/scanResolution.ts): the listing as poppler prints it.
 */
import { describe, expect, it } from 'vitest'

import { parseImageList, renderDpi } from '../../cms/backIssues/scanResolution'

const listing = `page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
--------------------------------------------------------------------------------------------
   1     0 image    1685  2362  rgb     3   8  jpeg   no         4  0   200   200  362K 3.1%
   2     1 image    2480  3508  gray    1   8  jpeg   no         7  0   300   300  464K 4.0%
   2     2 smask    2480  3508  gray    1   8  image  no         8  0   150   150  12K 0.1%
   3     3 image     100   100  rgb     3   8  jpeg   no        10  0    72    72  2K 3.0%
   4     4 image    4960  7016  gray    1   1  ccitt  no        12  0   600   600  80K 0.2%
   4     5 image     400   300  rgb     3   8  jpeg   no        13  0   96    96  30K 1.0%
`

describe('the scan resolution of a PDF page', () => {
  it('reads each page’s finest image, leaving soft masks aside', () => {
    expect([...parseImageList(listing)]).toEqual([
      [1, 200],
      [2, 300],
      [3, 72],
      [4, 600],
    ])
  })

  it('renders at the scan’s own resolution, kept between 200 and 600 dpi; 300 for a page without an image', () => {
    expect([200, 300, 72, 1200, 299.7, undefined].map(renderDpi)).toEqual([200, 300, 200, 600, 300, 300])
  })
})
