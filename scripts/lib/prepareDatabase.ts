/**
 * What a fresh installation needs before anything else: the schema (migrations run
 * when Payload starts), the sample content when there are no documents yet, and a
 * first admin when there are no users. The sample content includes two published
 * gazette issues, whose print PDFs are generated with Chromium. SAMPLE_CONTENT=off
 * leaves an empty database empty (a production installation: published issues cannot be
 * deleted, so sample ones would stay in the gazette for good).
 */
import type { Payload } from 'payload'

import { type FirstAdmin, ensureFirstAdmin } from './firstAdmin'
import { seedSampleIssues } from './seedSampleIssues'
import { seedSamples } from './seedSamples'

/**
 * passwordLater: npm start shows a generated password in its closing summary (with the
 * addresses) instead of in the middle of minutes of output.
 */
export async function prepareDatabase(
  payload: Payload,
  log: (line: string) => void = console.log,
  { passwordLater = false }: { passwordLater?: boolean } = {},
): Promise<FirstAdmin | null> {
  const { totalDocs } = await payload.count({ collection: 'documents' })
  if (totalDocs === 0 && process.env.SAMPLE_CONTENT === 'off') {
    log('数据库为空；SAMPLE_CONTENT=off，不导入示例内容。')
  } else if (totalDocs === 0) {
    const seeded = await seedSamples(payload)
    log(`数据库为空，已导入示例内容：${seeded.created} 篇文件，${seeded.organizations} 个机关。`)
    // Publishing the sample issues prints them (Chromium), as for any issue an editor publishes.
    const issues = await seedSampleIssues(payload)
    log(`已出版示例公报 ${issues.created} 期（印刷版PDF由系统生成）。`)
  }
  const admin = await ensureFirstAdmin(payload)
  if (admin) {
    if (passwordLater) {
      log(`已创建首个管理员账号：${admin.email}（初始密码在启动完成时显示）`)
    } else {
      log(`已创建首个管理员账号：${admin.email}`)
      if (admin.passwordFile) {
        log(`初始密码（只显示这一次，也保存在 ${admin.passwordFile}，登录后请修改）：${admin.password}`)
      }
    }
  }
  return admin
}
