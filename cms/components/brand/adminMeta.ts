/**
 * The admin's browser title, tab icon and link previews: the gazette's name and emblem
 * instead of Payload's. Payload appends titleSuffix to each page's own title
 * (「登录 - 政府公报（示例） · 公报管理」).
 */
import type { Config } from 'payload'

import { emblemUrl } from './emblem'
import { adminTitle } from './gazetteName'

type MetaConfig = NonNullable<NonNullable<Config['admin']>['meta']>

export function adminMeta(): MetaConfig {
  const title = adminTitle()
  return {
    titleSuffix: `- ${title}`,
    icons: [{ rel: 'icon', url: emblemUrl() }],
    // Payload's generated preview images carry its own logo; a private tool needs none.
    defaultOGImageType: 'off',
    openGraph: { siteName: title, description: title },
  }
}
