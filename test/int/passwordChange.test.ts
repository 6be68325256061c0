/**
 * A forced password change, enforced by the server: the first admin created with a
 * generated password (scripts/lib/firstAdmin.ts) is flagged, and while flagged gets 403
 * with a Chinese message on everything but reading their own account, signing out and
 * changing their own password — which clears the flag. An operator-chosen
 * ADMIN_PASSWORD is not flagged; only admins set the flag.
 */
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureFirstAdmin } from '../../scripts/lib/firstAdmin'
import { call, signIn } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
const savedPassword = process.env.ADMIN_PASSWORD

beforeAll(async () => {
  gazette = await startTempGazette()
}, 120_000)

afterAll(async () => {
  if (savedPassword === undefined) delete process.env.ADMIN_PASSWORD
  else process.env.ADMIN_PASSWORD = savedPassword
  await gazette?.cleanup()
})

async function freshInstallation(): Promise<void> {
  await gazette.payload.delete({ collection: 'users', where: { id: { exists: true } }, overrideAccess: true })
}

async function login(email: string, password: string): Promise<Response> {
  return gazette.rest('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
}

const errorText = async (response: Response) => JSON.stringify(await response.json())

describe('the first admin with a generated password', () => {
  it('must change it before anything else works', async () => {
    delete process.env.ADMIN_PASSWORD
    await freshInstallation()
    const admin = await ensureFirstAdmin(gazette.payload)
    expect(admin?.passwordFile && fs.existsSync(admin.passwordFile)).toBe(true)

    const signedIn = await login(admin!.email, admin!.password)
    expect(signedIn.status).toBe(200)
    const { token, user } = (await signedIn.json()) as { token: string; user: { id: number; mustChangePassword: boolean } }
    expect(user.mustChangePassword).toBe(true)

    // Refused, with the reason in Chinese: reads, writes, GraphQL.
    const documents = await call(gazette, token, 'GET', '/api/documents')
    expect(documents.status).toBe(403)
    expect(await errorText(documents)).toContain('请先修改密码')
    const created = await call(gazette, token, 'POST', '/api/organizations', { name: '某局', slug: 'some-bureau' })
    expect(created.status).toBe(403)
    const graphql = await gazette.graphql('{ Documents { docs { id } } }', { Authorization: `JWT ${token}` })
    expect(await errorText(graphql)).toContain('请先修改密码')
    // Not even their own flag may be cleared without a new password.
    const flagOnly = await call(gazette, token, 'PATCH', `/api/users/${user.id}`, { mustChangePassword: false })
    expect(flagOnly.status).toBe(403)

    // Allowed: who am I, and changing the password.
    expect((await call(gazette, token, 'GET', '/api/users/me')).status).toBe(200)
    const changed = await call(gazette, token, 'PATCH', `/api/users/${user.id}`, { password: 'the-admins-own-password' })
    expect(changed.status).toBe(200)
    expect(((await changed.json()) as { doc: { mustChangePassword: boolean } }).doc.mustChangePassword).toBe(false)

    // Now everything works, and the printed password no longer signs in.
    expect((await call(gazette, token, 'GET', '/api/documents')).status).toBe(200)
    expect((await login(admin!.email, admin!.password)).status).toBe(401)
    expect((await login(admin!.email, 'the-admins-own-password')).status).toBe(200)
    expect((await call(gazette, token, 'POST', '/api/users/logout')).status).toBe(200)
  })

  it('is not flagged when the operator chose ADMIN_PASSWORD', async () => {
    process.env.ADMIN_PASSWORD = 'operator-chosen-password'
    await freshInstallation()
    const admin = await ensureFirstAdmin(gazette.payload)
    expect(admin?.passwordFile).toBeNull()
    const signedIn = await login(admin!.email, 'operator-chosen-password')
    const { token } = (await signedIn.json()) as { token: string }
    expect((await call(gazette, token, 'GET', '/api/documents')).status).toBe(200)
  })
})

describe('the flag', () => {
  it('is set by admins only, and an admin-flagged editor is held the same way', async () => {
    const editorToken = await signIn(gazette, 'flag-editor@example.gov.cn', ['editor'])
    const me = (await (await call(gazette, editorToken, 'GET', '/api/users/me')).json()) as { user: { id: number } }
    // An editor cannot flag (or unflag) anyone, themselves included.
    await call(gazette, editorToken, 'PATCH', `/api/users/${me.user.id}`, { mustChangePassword: true })
    expect((await call(gazette, editorToken, 'GET', '/api/documents')).status).toBe(200)

    const adminToken = ((await (await login('admin@gongbao.local', 'operator-chosen-password')).json()) as { token: string }).token
    const flagged = await call(gazette, adminToken, 'PATCH', `/api/users/${me.user.id}`, { mustChangePassword: true })
    expect(flagged.status).toBe(200)
    const refused = await call(gazette, editorToken, 'GET', '/api/documents')
    expect(refused.status).toBe(403)
    expect(await errorText(refused)).toContain('请先修改密码')
    expect((await call(gazette, editorToken, 'PATCH', `/api/users/${me.user.id}`, { password: 'editor-new-password' })).status).toBe(200)
    expect((await call(gazette, editorToken, 'GET', '/api/documents')).status).toBe(200)
  })
})
