/**
 * The gazette a load run starts from, prepared through the Local API before the CMS
 * serves it, as npm start prepares a fresh installation: migrations, the sample content
 * (organisations, the five sample documents, the interpretation), the run's staff
 * accounts, and the first site build, so that publications during the run are brought
 * live by incremental builds as in daily work. The sample issues (printed with Chromium)
 * are left out: nothing in the run touches them. Closes the database before returning.
 */
import type { Account } from './staff'
import { staffPassword } from './staff'

export type PreparedGazette = {
  /** The issuer of every draft: an organisation with an issuing code registered. */
  organizationId: number | string
  issuingCode: string
  /** A published sample document, for the public's reads of one item. */
  sampleDocumentId: number | string
  databaseMs: number
  firstBuildMs: number
  firstBuildStatus: string
}

/** The environment (DATA_DIR, DATABASE_URI, …) must be set before this runs: the config reads it once. */
export async function prepareGazette(accounts: Account[], log: (line: string) => void): Promise<PreparedGazette> {
  const { gazettePayload, closeGazettePayload } = await import('../../lib/payload')
  const { seedSamples } = await import('../../lib/seedSamples')
  const { requestSiteBuild } = await import('../../../cms/publishing/requestSiteBuild')
  const { runNextSiteBuild } = await import('../../../cms/publishing/runSiteBuild')
  let started = performance.now()
  const payload = await gazettePayload()
  try {
    await seedSamples(payload)
    // The first account becomes an admin whatever it asks for: the admin comes first.
    const [admin, ...others] = accounts
    if (admin) await createAccount(admin)
    // Two at a time: hashing a password takes one core for a while.
    const pending = [...others]
    const worker = async () => {
      for (let account = pending.shift(); account; account = pending.shift()) await createAccount(account)
    }
    await Promise.all([worker(), worker()])
    const databaseMs = performance.now() - started
    log(`  数据库：迁移、示例内容、${accounts.length} 个账号 ${(databaseMs / 1000).toFixed(1)} s`)

    const code = (await payload.find({ collection: 'issuing-codes', limit: 1, depth: 0, sort: 'code' })).docs[0]
    if (!code) throw new Error('示例内容中没有登记发文代字')
    const organizationId = typeof code.organization === 'object' ? code.organization.id : code.organization
    const sample = (await payload.find({ collection: 'documents', limit: 1, depth: 0, sort: 'publishedDate' })).docs[0]
    if (!sample) throw new Error('示例内容中没有文件')

    started = performance.now()
    await requestSiteBuild(payload, '启动')
    const outcome = await runNextSiteBuild(payload)
    const firstBuildMs = performance.now() - started
    log(`  首次网站构建：${outcome?.status ?? '无'} ${(firstBuildMs / 1000).toFixed(1)} s`)
    return {
      organizationId,
      issuingCode: code.code,
      sampleDocumentId: sample.id,
      databaseMs,
      firstBuildMs,
      firstBuildStatus: outcome?.status ?? 'none',
    }
  } finally {
    await closeGazettePayload()
  }

  async function createAccount(account: Account): Promise<void> {
    await payload.create({
      collection: 'users',
      data: { email: account.email, password: staffPassword, name: account.email.split('@')[0], roles: [account.role] },
      depth: 0,
    })
  }
}
