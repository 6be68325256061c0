/**
 * One Payload instance per script process, on whatever DATABASE_URI says. The config
 * is imported lazily so that callers (tests) can set the environment first.
 */
import type { Payload } from 'payload'

let instance: Promise<Payload> | undefined

export function gazettePayload(): Promise<Payload> {
  instance ??= (async () => {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../cms/payload.config')])
    return getPayload({ config })
  })()
  return instance
}

/** Closes the database so that a script can exit on its own. */
export async function closeGazettePayload(): Promise<void> {
  if (!instance) return
  const payload = await instance
  instance = undefined
  await payload.destroy()
}
