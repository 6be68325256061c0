/** The gazette's name in the admin: the same GAZETTE_NAME the public site is built with (publishing/settings.ts). */
import { pipelineSettings } from '../../../core/settings'

export function gazetteName(env: NodeJS.ProcessEnv = process.env): string {
  return pipelineSettings(env).gazetteName
}

/** How the admin names itself: on the sign-in page and in the browser's title bar. */
export function adminTitle(env: NodeJS.ProcessEnv = process.env): string {
  return `${gazetteName(env)} · 公报管理`
}
