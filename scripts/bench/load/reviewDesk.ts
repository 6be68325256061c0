/**
 * Reviewers and publishers in a round: each takes the next item handed to its desk,
 * opens it (GET the draft), pauses to read, then acts through the real workflow: a
 * reviewer approves (PATCH ?draft=true with workflowAction 'approve', as 审核通过 and
 * save in the admin), a publisher publishes (PATCH with _status 'published', as the
 * publish button; the server refuses anything not approved). A desk works until its
 * queue is closed and empty.
 */
import type { Handoff } from './handoff'
import { pause } from './pause'
import { errorMessage, type Recorder } from './recorder'
import type { ActionKind } from './types'

export type Desk = {
  recorder: Recorder
  tokens: string[]
  thinkMs: number
  incoming: Handoff<number | string>
  done: (id: number | string) => void
  refused: (what: string) => void
}

type Step = { read: ActionKind; act: ActionKind; label: string; path: (id: number | string) => string; body: Record<string, unknown> }

const review: Step = {
  read: 'review-read',
  act: 'approve',
  label: '审核通过',
  path: (id) => `/api/documents/${id}?depth=0&fallback-locale=null&draft=true`,
  body: { workflowAction: 'approve' },
}

const publication: Step = {
  read: 'publish-read',
  act: 'publish',
  label: '发布',
  path: (id) => `/api/documents/${id}?depth=0&fallback-locale=null`,
  body: { _status: 'published' },
}

export const reviewers = (desk: Desk) => staffDesk(desk, review)
export const publishers = (desk: Desk) => staffDesk(desk, publication)

async function staffDesk(desk: Desk, step: Step): Promise<void> {
  const worker = async (token: string) => {
    for (let id = await desk.incoming.take(); id !== undefined; id = await desk.incoming.take()) {
      await desk.recorder.call(step.read, `/api/documents/${id}?depth=1&draft=true`, { token })
      await pause(desk.thinkMs)
      const answer = await desk.recorder.call(step.act, step.path(id), { method: 'PATCH', token, body: step.body })
      if (answer.ok) desk.done(id)
      else desk.refused(`${step.label}：${errorMessage(answer)}`)
    }
  }
  await Promise.all(desk.tokens.map(worker))
}
