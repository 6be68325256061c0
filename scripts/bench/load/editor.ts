/**
 * One editor's work in a round, over the REST API as the admin's buttons send it: create
 * a draft (保存草稿 on a new document: POST ?draft=true), save it a few times (PATCH
 * ?draft=true with the whole form), then submit it (审核操作 提交审核 and save: the same
 * PATCH with workflowAction 'submit'). Between two actions the editor pauses. A refused
 * step ends the editor's work; its status is recorded.
 */
import { draftData, type DraftIdentity } from './draftContent'
import type { PreparedGazette } from './prepareGazette'
import { errorMessage, type Recorder } from './recorder'
import { pause } from './pause'

/** The admin's own query string for 保存草稿. */
const draftQuery = 'depth=0&fallback-locale=null&draft=true'

export type EditorWork = {
  recorder: Recorder
  token: string
  gazette: PreparedGazette
  identity: DraftIdentity
  saves: number
  thinkMs: number
  submitted: (id: number | string) => void
  refused: (what: string) => void
}

export async function runEditor(work: EditorWork): Promise<void> {
  const { recorder, token, identity } = work
  const created = await recorder.call('create', `/api/documents?${draftQuery}`, {
    method: 'POST',
    token,
    body: draftData(work.gazette, identity, 0),
  })
  const id = (created.body as { doc?: { id?: number | string } } | null)?.doc?.id
  if (!created.ok || id === undefined) return work.refused(`新建：${errorMessage(created)}`)
  for (let save = 1; save <= work.saves; save += 1) {
    await pause(work.thinkMs)
    const saved = await recorder.call('save', `/api/documents/${id}?${draftQuery}`, {
      method: 'PATCH',
      token,
      body: draftData(work.gazette, identity, save),
    })
    if (!saved.ok) return work.refused(`保存：${errorMessage(saved)}`)
  }
  await pause(work.thinkMs)
  const submitted = await recorder.call('submit', `/api/documents/${id}?${draftQuery}`, {
    method: 'PATCH',
    token,
    body: { ...draftData(work.gazette, identity, work.saves), workflowAction: 'submit' },
  })
  if (!submitted.ok) return work.refused(`提交审核：${errorMessage(submitted)}`)
  work.submitted(id)
}
