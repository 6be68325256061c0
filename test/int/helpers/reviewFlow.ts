/**
 * Staff with each role, signed in through the REST API, and the whole review path an
 * item takes before the public sees it: an editor submits, a reviewer approves, a
 * publisher publishes.
 */
import type { TempGazette } from './tempGazette'

export type Staff = { editor: string; reviewer: string; publisher: string }

export async function signIn(gazette: TempGazette, email: string, roles: string[]): Promise<string> {
  const password = 'correct-horse-battery'
  await gazette.payload.create({ collection: 'users', data: { email, password, roles: roles as ['editor'] } })
  const login = await gazette.rest('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return ((await login.json()) as { token: string }).token
}

export async function createStaff(gazette: TempGazette, prefix = ''): Promise<Staff> {
  return {
    editor: await signIn(gazette, `${prefix}editor@example.gov.cn`, ['editor']),
    reviewer: await signIn(gazette, `${prefix}reviewer@example.gov.cn`, ['reviewer']),
    publisher: await signIn(gazette, `${prefix}publisher@example.gov.cn`, ['publisher']),
  }
}

export function call(gazette: TempGazette, token: string, method: string, path: string, body?: unknown): Promise<Response> {
  return gazette.rest(path, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

/** Submit, approve, publish; returns each step's response status and the final document. */
export async function publishThroughReview(
  gazette: TempGazette,
  staff: Staff,
  collection: 'documents' | 'interpretations',
  data: Record<string, unknown>,
): Promise<{ statuses: number[]; doc: Record<string, unknown> & { id: number } }> {
  const created = await call(gazette, staff.editor, 'POST', `/api/${collection}?draft=true`, {
    ...data,
    _status: 'draft',
    workflowAction: 'submit',
  })
  const id = ((await created.json()) as { doc: { id: number } }).doc?.id
  const approved = await call(gazette, staff.reviewer, 'PATCH', `/api/${collection}/${id}?draft=true`, { workflowAction: 'approve' })
  const published = await call(gazette, staff.publisher, 'PATCH', `/api/${collection}/${id}`, { _status: 'published' })
  const doc = ((await published.clone().json()) as { doc: Record<string, unknown> & { id: number } }).doc
  return { statuses: [created.status, approved.status, published.status], doc }
}
