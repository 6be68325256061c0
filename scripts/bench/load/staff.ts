/**
 * The staff of a load run: an admin (who reads the site builds), and as many editors as
 * the largest round needs, with one reviewer and one publisher for every few editors.
 * Created through the Local API before the CMS starts, then signed in over HTTP.
 */
import type { Recorder } from './recorder'

export type Role = 'admin' | 'editor' | 'reviewer' | 'publisher'
export type Account = { email: string; role: Role }
export type SignedIn = Account & { token: string }

export const staffPassword = 'load-bench-password'

/** Reviewers (and publishers) a round of N editors gets. */
export function deskSize(editors: number, editorsPerReviewer: number): number {
  return Math.max(1, Math.ceil(editors / editorsPerReviewer))
}

export function staffAccounts(maxEditors: number, editorsPerReviewer: number): Account[] {
  const desk = deskSize(maxEditors, editorsPerReviewer)
  const numbered = (role: Role, count: number) =>
    Array.from({ length: count }, (_, i): Account => ({ email: `${role}${i + 1}@load.gongbao.local`, role }))
  return [
    { email: 'admin@load.gongbao.local', role: 'admin' },
    ...numbered('editor', maxEditors),
    ...numbered('reviewer', desk),
    ...numbered('publisher', desk),
  ]
}

/**
 * Signs every account in (POST /api/users/login), a few at a time: checking a password
 * is deliberately slow (PBKDF2, 600,000 rounds), and a whole office does not sign in at
 * the same second. Throws when one is refused, since nothing else can run without it.
 */
export async function signInAll(recorder: Recorder, accounts: Account[], atOnce = 2): Promise<SignedIn[]> {
  const signedIn: SignedIn[] = []
  const pending = [...accounts]
  const worker = async () => {
    for (let account = pending.shift(); account; account = pending.shift()) {
      const answer = await recorder.call('sign-in', '/api/users/login', {
        method: 'POST',
        body: { email: account.email, password: staffPassword },
      })
      const token = (answer.body as { token?: string } | null)?.token
      if (!answer.ok || !token) throw new Error(`${account.email} 登录失败（HTTP ${answer.status}）`)
      signedIn.push({ ...account, token })
    }
  }
  await Promise.all(Array.from({ length: atOnce }, worker))
  return signedIn
}
