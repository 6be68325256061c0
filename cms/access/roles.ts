/**
 * Staff roles. Signed-in users are always staff: the public never signs in. One person
 * may hold several; the workflow (domain/workflow.ts) says which role may do what.
 */
export const roles = ['admin', 'editor', 'reviewer', 'publisher'] as const

export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  admin: '管理员',
  editor: '编辑',
  reviewer: '审核员',
  publisher: '发布员',
}

type MaybeUser = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))
}

export function isStaffUser(user: MaybeUser): boolean {
  return hasRole(user, ...roles)
}
