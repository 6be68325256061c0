/**
 * On an issue's page in the admin: a proof (校样) of the issue as it now stands, and the
 * print PDF stored at publication with its page count.
 */
import type { UIFieldServerProps } from 'payload'

export async function IssuePrintLinks({ data, id, payload, req }: UIFieldServerProps) {
  if (!id) return <p className="field-description">保存后可打印校样。</p>
  const pdfId = data?.printPdf && typeof data.printPdf === 'object' ? data.printPdf.id : data?.printPdf
  const pdf = pdfId
    ? await payload.findByID({ collection: 'issue-pdfs', id: pdfId, depth: 0, overrideAccess: false, user: req.user }).catch(() => null)
    : null
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem', display: 'flex', gap: '1.5rem', flexWrap: 'wrap' }}>
      <a href={`/api/gazette-issues/${id}/proof`} target="_blank" rel="noopener">
        打印校样（PDF，按当前篇目和草稿排版）
      </a>
      {pdf?.url ? (
        <a href={pdf.url} target="_blank" rel="noopener">
          印刷版PDF{data?.printPages ? `（${data.printPages}页）` : ''}
        </a>
      ) : (
        <span>尚无印刷版PDF：出版时由系统生成，或在下方上传。</span>
      )}
    </div>
  )
}
