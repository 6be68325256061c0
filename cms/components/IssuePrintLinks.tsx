/**
 * On an issue's page in the admin: a proof (校样) of the issue as it now stands, the state
 * of the latest proof job still waiting or failed (a proof runs as a job, proof/proofTask.ts;
 * the link opens a page that follows it until the PDF is ready), whether publishing the saved
 * content will take a print already made or lay the issue out again (proof/printReadiness.ts),
 * and the print PDF stored at publication with its page count.
 */
import type { UIFieldServerProps } from 'payload'

import type { GazetteIssue } from '../payload-types'
import { printReadyForPublication } from '../issues/proof/printReadiness'
import { proofOf } from '../issues/proof/proofPrint'
import { latestResultTime, stateLabels } from '../jobs/staffJob'

export async function IssuePrintLinks({ data, id, payload, req }: UIFieldServerProps) {
  if (!id) return <p className="field-description">保存后可打印校样。</p>
  const pdfId = data?.printPdf && typeof data.printPdf === 'object' ? data.printPdf.id : data?.printPdf
  const pdf = pdfId
    ? await payload.findByID({ collection: 'issue-pdfs', id: pdfId, depth: 0, overrideAccess: false, user: req.user }).catch(() => null)
    : null
  const proof = await latestProofJob(payload, String(id))
  // A line to help the office, never a reason the page fails to open.
  const printReady = await printReadyForPublication(req, id, (data ?? {}) as Partial<GazetteIssue>).catch(() => null)
  const proofUrl = `/api/gazette-issues/${id}/proof`
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem', display: 'flex', gap: '1.5rem', flexWrap: 'wrap' }}>
      <a href={proofUrl} target="_blank" rel="noopener">
        打印校样（PDF，按当前篇目和草稿排版）
      </a>
      {proof ? (
        <span role="status" data-job-state={proof.state}>
          <a href={`${proofUrl}?job=${proof.id}`} target="_blank" rel="noopener">
            最近一次校样：{stateLabels[proof.state]}
          </a>
          {proof.state === 'failed' ? `（${proof.reason}）` : ''}
        </span>
      ) : null}
      {printReady === null ? null : (
        <span data-print-ready={printReady ? 'yes' : 'no'}>
          {printReady ? '印刷版已生成，发布时直接使用' : '发布时将重新排版印刷（约需数十秒）'}
        </span>
      )}
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

type ProofJob = { id: number | string; state: 'queued' | 'running' | 'failed'; reason: string }

/**
 * The newest proof job of this issue that is still queued, running or failed (Payload
 * deletes finished ones); a failure older than a proof since printed is no longer news.
 */
async function latestProofJob(payload: UIFieldServerProps['payload'], issueId: string): Promise<ProofJob | null> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'issueProof' } },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  const job = docs.find((candidate) => (candidate.input as { issueId?: unknown } | null)?.issueId === issueId)
  if (!job) return null
  const printedSince = latestResultTime(proofOf(issueId))
  if (job.hasError && printedSince && printedSince > new Date(job.updatedAt)) return null
  const message = (job.error as { message?: unknown } | null)?.message
  return {
    id: job.id,
    state: job.hasError ? 'failed' : job.processing ? 'running' : 'queued',
    reason: typeof message === 'string' ? message : '',
  }
}
