import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { roleLabels, roles } from '../../core/access/roles'
import { hasRole } from '../access/roles'
import { isAdmin } from '../access/staff'
import { accountLockColumns } from './accountLockColumns'
import { clearPasswordChangeFlag } from './passwordChange'
import { resetPasswordHtml, resetPasswordSubject } from './resetPasswordMail'
import { forgotPasswordEndpoint } from './forgotPasswordEndpoint'
import { forgiveSuccessfulSignIn, guardSignIn } from './signInGuard'
import { label } from '../fields/label'
import type { User } from '../payload-types'

/** The first account ever created becomes an admin: there is nobody else to grant it. */
const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('用户', 'User'), plural: label('用户', 'Users') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: label('系统', 'System'),
  },
  auth: {
    // No per-account lock: it let anyone lock out anyone, the first admin included, and
    // told existing accounts apart. Failed sign-ins are limited per client address instead
    // (auth/signInGuard.ts); the lock's two columns stay in the schema (accountLockColumns).
    maxLoginAttempts: 0,
    // Strict: no other site's page makes the browser send the session along. Pages of the
    // same site on another origin (the public gazette on another port) still would: the
    // proxy drops it from their API requests (auth/crossSiteSession.ts).
    cookies: { sameSite: 'Strict', secure: process.env.NODE_ENV === 'production' && !process.env.ALLOW_INSECURE_COOKIES },
    // The reset e-mail is Chinese and links to the admin's own address (auth/resetPasswordMail.ts).
    forgotPassword: { generateEmailHTML: resetPasswordHtml, generateEmailSubject: resetPasswordSubject },
  },
  // Answers a password-reset request before looking the e-mail up (auth/forgotPasswordEndpoint.ts).
  endpoints: [forgotPasswordEndpoint],
  access: {
    // Staff see only themselves unless they are admins; the public sees nobody.
    read: ({ req }) => {
      if (hasRole(req.user, 'admin')) return true
      if (req.user) return { id: { equals: req.user.id } }
      return false
    },
    create: isAdmin,
    update: ({ req }) => {
      if (hasRole(req.user, 'admin')) return true
      if (req.user) return { id: { equals: req.user.id } }
      return false
    },
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin, clearPasswordChangeFlag],
    beforeOperation: [guardSignIn],
    afterOperation: [forgiveSuccessfulSignIn],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: label('姓名', 'Name'),
      admin: { description: '显示在操作记录中的姓名。' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      label: label('角色', 'Roles'),
      options: roles.map((role) => ({ label: roleLabels[role], value: role })),
      // Only admins grant roles: nobody can promote themselves.
      access: {
        update: ({ req }) => hasRole(req.user, 'admin'),
      },
      admin: {
        description:
          '管理员管理用户、登记簿和设置；编辑起草并提交审核；审核员进行保密和内容审查；发布员发布审核通过的内容、撤回已发布内容。',
      },
    },
    {
      // Set for the first admin's generated password (scripts/lib/firstAdmin.ts) or by an
      // admin; while set, the API refuses everything but changing one's own password
      // (auth/passwordChange.ts), which clears it.
      name: 'mustChangePassword',
      type: 'checkbox',
      defaultValue: false,
      label: label('下次登录须修改密码', 'Must change password'),
      access: {
        create: ({ req }) => hasRole(req.user, 'admin'),
        update: ({ req }) => hasRole(req.user, 'admin'),
      },
      admin: { position: 'sidebar', description: '勾选后，该用户登录后必须先设置新密码才能进行其他操作；用户修改密码后自动取消。' },
    },
    ...accountLockColumns,
  ],
}
