/**
 * Titles on scanned pages (cms/print/ocrTitleMatch.ts): the sync check of a scan accepts
 * a proofread title that OCR read with a character or two wrong, on the scanned page the
 * entry states, and nothing looser — not a different digit, not more misreads than one in
 * ten, not on a page with a text layer. The check runs on a real PDF of image-only pages
 * (no text layer, as a scan), with the page texts OCR read at import.
 */
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { printTextCheck } from '../../cms/issues/uploadedPrintCheck'
import { ocrTolerance, substringDistance, titleReadOnScan } from '../../cms/print/ocrTitleMatch'

const TITLE = '河阳市人民政府办公室关于印发2021年政务公开工作要点的通知'

describe('a title read on a scanned page', () => {
  it('is found verbatim, across line breaks and spaces', () => {
    expect(titleReadOnScan(`河阳市人民政府公报\n河阳市人民政府办公室关于印发2021年\n政务公开工作要点的通知\n各区县人民政府：`, TITLE)).toBe(
      true,
    )
  })

  it('is found with misread characters up to one in ten', () => {
    expect(ocrTolerance([...TITLE].length)).toBe(3)
    // 府→俯, 务→矛, 知→和: three of thirty characters misread, one dropped character would count too.
    expect(titleReadOnScan('河阳市人民政俯办公室关于印发2021年政矛公开工作要点的通和', TITLE)).toBe(true)
    expect(titleReadOnScan('河阳市人民政府办公室关于印发2021年政务公开工作要点的通', TITLE)).toBe(true)
  })

  it('is not found with more misreads than that', () => {
    expect(titleReadOnScan('河阳市人民政俯办公室关干印发2021年政矛公开工作要点的通和', TITLE)).toBe(false)
  })

  it('is not found when a digit differs: another year is another document', () => {
    expect(titleReadOnScan('河阳市人民政府办公室关于印发2022年政务公开工作要点的通知', TITLE)).toBe(false)
    expect(titleReadOnScan('河阳市人民政府办公室关于印发202年政务公开工作要点的通知', TITLE)).toBe(false)
  })

  it('measures the fewest edits to any stretch of the page', () => {
    expect(substringDistance([...'公开要点'], [...'政务公开工作要点'], 5)).toBe(2)
    expect(substringDistance([...'abc'], [...'xxabcxx'], 5)).toBe(0)
    expect(substringDistance([...'a1c'], [...'xxa2cxx'], 2)).toBe(3)
  })
})

/** A PDF of `pages` pages without any text, as a scanner makes them. */
async function imageOnlyPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  for (let page = 0; page < pages; page++) pdf.addPage([595, 842])
  return pdf.save()
}

describe('the sync check of a scan whose titles were proofread', () => {
  const contents = `目录\n${TITLE}……2`
  const misread = `河阳市人民政府公报\n河阳市人民政俯办公室关于印发2021年政矛公开工作要点的通知\n各区县人民政府：现将要点印发给你们。`
  const entry = { id: '1', title: TITLE, firstPage: 2, lastPage: 2 }

  it('accepts the corrected title on its scanned page, and says so', async () => {
    const check = await printTextCheck(await imageOnlyPdf(2), [entry], [], [contents, misread])
    expect(check.problems).toEqual([])
    expect(check.summary).toBe(
      '印刷版PDF（共2页）与篇目核对一致（其中2页为扫描页，按导入时的文字识别结果核对；1个标题与识别结果仅差个别误识的字，按校对后的标题认定）。',
    )
  })

  it('still finds a title missing when the page holds another year’s document', async () => {
    const otherYear = misread.replace('2021', '2022')
    const check = await printTextCheck(await imageOnlyPdf(2), [entry], [], [contents, otherYear])
    expect(check.problems).toHaveLength(1)
    expect(check.problems[0]).toContain(TITLE)
  })

  it('does not accept a near title on another page than the one stated', async () => {
    const check = await printTextCheck(
      await imageOnlyPdf(3),
      [{ ...entry, firstPage: 3, lastPage: 3 }],
      [],
      [contents, misread, '其他内容'],
    )
    expect(check.problems.length).toBeGreaterThan(0)
  })
})
