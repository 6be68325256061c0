/**
 * A gazette on a fresh embedded database in a temporary folder: the real Payload
 * config, real migrations, real SQLite. Environment is set before the config loads.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

export type TempGazette = {
  dir: string
  payload: Payload
  /** Calls the real REST handler, as Next's /api route does. */
  rest: (pathAndQuery: string, init?: RequestInit) => Promise<Response>
  /** Calls the real GraphQL handler, as Next's /api/graphql route does. */
  graphql: (query: string, headers?: Record<string, string>, variables?: Record<string, unknown>) => Promise<Response>
  cleanup: () => Promise<void>
}

export async function startTempGazette(): Promise<TempGazette> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-int-'))
  process.env.DATA_DIR = dir
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  process.env.SNAPSHOT_DIR = path.join(dir, 'snapshot')
  const [{ gazettePayload, closeGazettePayload }, { handleEndpoints }, { GRAPHQL_POST }, { default: config }] = await Promise.all([
    import('../../../scripts/lib/payload'),
    import('payload'),
    import('@payloadcms/next/routes'),
    import('../../../cms/payload.config'),
  ])
  const graphqlPost = GRAPHQL_POST(config)
  const payload = await gazettePayload()
  // The first account ever created becomes an admin; take that place so that the
  // staff a test creates get exactly the roles it gives them.
  await payload.create({
    collection: 'users',
    data: { email: 'first-admin@example.gov.cn', password: 'first-admin-password', roles: ['admin'] },
  })
  return {
    dir,
    payload,
    rest: (pathAndQuery, init) => handleEndpoints({ config, request: new Request(`http://localhost${pathAndQuery}`, init) }),
    graphql: (query, headers = {}, variables) =>
      graphqlPost(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        }),
      ),
    cleanup: async () => {
      await closeGazettePayload()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
