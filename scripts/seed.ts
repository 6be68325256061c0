/** npm run seed: load the sample content as published documents (safe to run twice). */
import { closeGazettePayload, gazettePayload } from './lib/payload'
import { seedSampleIssues } from './lib/seedSampleIssues'
import { seedSamples } from './lib/seedSamples'

const payload = await gazettePayload()
try {
  const result = await seedSamples(payload)
  console.log(`示例内容：新建 ${result.created} 篇，更新 ${result.updated} 篇，机关 ${result.organizations} 个。`)
  const issues = await seedSampleIssues(payload)
  console.log(`示例公报：新出版 ${issues.created} 期。`)
} finally {
  await closeGazettePayload()
}
process.exit(0)
