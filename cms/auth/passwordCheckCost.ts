/**
 * The cost of checking a password, spent when there is no account to check it against,
 * so an unknown e-mail takes as long to refuse as a wrong password for an existing one.
 * The same computation as Payload's (node_modules/payload/dist/auth/strategies/local/
 * authenticate.js with the parameters of generatePasswordSaltHash.js: PBKDF2-SHA256,
 * 600,000 iterations, a 32-byte key, compared in constant time), on a throwaway salt.
 */
import crypto from 'node:crypto'

const ITERATIONS = 600_000
const KEY_LENGTH = 32
const DIGEST = 'sha256'

const salt = crypto.randomBytes(32).toString('hex')
const nothing = Buffer.alloc(KEY_LENGTH)

export function checkAgainstNoAccount(password: string): Promise<void> {
  return new Promise((resolve) => {
    crypto.pbkdf2(password, salt, ITERATIONS, KEY_LENGTH, DIGEST, (error, derived) => {
      if (!error) crypto.timingSafeEqual(derived, nothing)
      resolve()
    })
  })
}
