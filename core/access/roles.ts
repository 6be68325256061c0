/**
 * Staff roles and their Chinese names: the users' form offers them, the workflow names the
 * role an action needs ("需要发布员或管理员角色"). Signed-in users are always staff: the
 * public never signs in. One person may hold several; core/workflow/workflow.ts says which
 * role may do what, cms/access/roles.ts checks a request's user against them.
 */
export const roles = ['admin', 'editor', 'reviewer', 'publisher'] as const

export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  admin: '管理员',
  editor: '编辑',
  reviewer: '审核员',
  publisher: '发布员',
}
