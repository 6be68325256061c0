import { randomBytes } from 'node:crypto'
import type { TextField } from 'payload'

import { messages } from '../../core/messages'
import { label } from './label'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isValidSlug(value: string): boolean {
  return slugPattern.test(value)
}

/**
 * The stable public key of an item, used in its address on the site. Editors may set
 * it; when left empty it is generated once (prefix plus random letters) and never
 * changes by itself, so published addresses stay valid.
 */
export function slugField(options: { prefix: (data: Record<string, unknown>) => string }): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: label('网址标识', 'Slug'),
    admin: {
      position: 'sidebar',
      description: '公报网址中的标识，只含小写字母、数字和连字符。留空则自动生成，发布后请勿修改。',
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim()
          return `${options.prefix(data ?? {})}-${randomBytes(4).toString('hex')}`
        },
      ],
    },
    validate: (value: string | null | undefined) => {
      if (!value) return true
      return isValidSlug(value) ? true : messages.slugInvalid
    },
  }
}
