/**
 * Payload's per-account lock is off (Users: maxLoginAttempts 0 — sign-in attempts are
 * limited per client address instead, signInGuard.ts), which would also drop its two
 * columns from the schema. They are kept as they were (hidden, written by nobody) so the
 * database needs no migration; Payload still refuses an account whose lockUntil lies in the
 * future, which only a lock set before this change can be, for at most its ten minutes.
 */
import type { Field } from 'payload'

const nobodyWrites = { create: () => false, update: () => false }

export const accountLockColumns: Field[] = [
  { name: 'loginAttempts', type: 'number', defaultValue: 0, hidden: true, access: nobodyWrites },
  { name: 'lockUntil', type: 'date', hidden: true, access: nobodyWrites },
]
