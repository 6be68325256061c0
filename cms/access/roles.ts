/**
 * Whether a request's user holds a staff role (the roles and their names are
 * core/access/roles.ts). Signed-in users are always staff: the public never signs in.
 */
import { roles, type Role } from '../../core/access/roles'

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))
}

export function isStaffUser(user: MaybeUser): boolean {
  return hasRole(user, ...roles)
}
