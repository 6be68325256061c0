'use client'
/**
 * 文字识别校对 on a document or interpretation imported from a scanned back issue
 * (cms/backIssues/): each page the entry was read on, as printed (rendered from the issue's
 * print PDF by /api/<collection>/:id/proof-page/:page, for signed-in staff only), with the characters
 * tesseract was unsure of boxed on the page, and beside it the same characters in the
 * recognised text around them, so that a person corrects 正文 below before review.
 */
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import type { OcrProofing, ProofSpot } from '../backIssues/proofSpots'

/** The reader's context runs this many characters before the uncertain one (core/backIssues/textBlocks.ts). */
const CONTEXT_BEFORE = 8

export function OcrProofreading() {
  const { id, collectionSlug } = useDocumentInfo()
  const proofing = useFormFields(([fields]) => fields.ocrProofing?.value) as OcrProofing | null | undefined
  if (!id || !proofing || typeof proofing !== 'object' || !Array.isArray(proofing.spots)) return null
  const pages: number[] = []
  for (let page = proofing.firstPage; page <= proofing.lastPage; page++) pages.push(page)
  return (
    <div className="field-type ocr-proofreading" role="group" aria-label="文字识别校对" style={{ marginBottom: '2rem' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>文字识别校对</h3>
      <p className="field-description">
        本篇由扫描页面经文字识别导入，共{proofing.spots.length}个字识别置信度低（页面上以红框标出，右侧列出其上下文）。
        请对照页面逐字核对下方“正文”和标题、文号、日期，改正后再送审。
      </p>
      {proofing.printPdf === null && <p>本期没有印刷版PDF（来源为页面图片），无法显示页面图片：请对照原件核对。</p>}
      {pages.map((page) => {
        const spots = proofing.spots.filter((spot) => spot.page === page)
        return (
          <section key={page} data-proof-page={page} style={{ display: 'flex', gap: '1.5rem', alignItems: 'flex-start', margin: '1rem 0' }}>
            {proofing.printPdf !== null && (
              <div style={{ position: 'relative', width: '26rem', flex: '0 0 auto', border: '1px solid var(--theme-elevation-150)' }}>
                <img
                  src={`/api/${collectionSlug}/${encodeURIComponent(String(id))}/proof-page/${page}`}
                  alt={`PDF第${page}页`}
                  loading="lazy"
                  style={{ display: 'block', width: '100%', height: 'auto' }}
                />
                {spots.map((spot, index) =>
                  spot.box ? (
                    <span
                      key={index}
                      className="ocr-spot"
                      title={`“${spot.char}”置信度${Math.round(spot.confidence)}`}
                      style={{
                        position: 'absolute',
                        left: `${spot.box.left * 100}%`,
                        top: `${spot.box.top * 100}%`,
                        width: `${spot.box.width * 100}%`,
                        height: `${spot.box.height * 100}%`,
                        outline: '2px solid #d00',
                        background: 'rgba(221, 0, 0, 0.15)',
                      }}
                    />
                  ) : null,
                )}
              </div>
            )}
            <div style={{ flex: '1 1 auto' }}>
              <h4 style={{ margin: '0 0 0.5rem' }}>PDF第{page}页</h4>
              {spots.length === 0 ? (
                <p>本页没有置信度低的字。</p>
              ) : (
                <ol className="ocr-spots" style={{ paddingLeft: '1.5rem' }}>
                  {spots.map((spot, index) => (
                    <li key={index}>
                      <SpotContext spot={spot} />
                      （置信度{Math.round(spot.confidence)}）
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </section>
        )
      })}
    </div>
  )
}

/** The recognised text around the character, the character itself marked. */
function SpotContext({ spot }: { spot: ProofSpot }) {
  const chars = Array.from(spot.context)
  const at = chars[CONTEXT_BEFORE] === spot.char ? CONTEXT_BEFORE : chars.indexOf(spot.char)
  if (at < 0) return <mark className="ocr-char">{spot.char}</mark>
  return (
    <span>
      {chars.slice(0, at).join('')}
      <mark className="ocr-char" style={{ background: '#ffd5d5', color: '#900', fontWeight: 'bold' }}>
        {spot.char}
      </mark>
      {chars.slice(at + 1).join('')}
    </span>
  )
}
